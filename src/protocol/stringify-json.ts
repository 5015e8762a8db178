/**
 * `JSON.stringify` that writes a `bigint` as a bare JSON number with all its digits, as `@aws-sdk/client-lambda`
 * does (plain `JSON.stringify` throws `TypeError: Do not know how to serialize a BigInt`). Each bigint is first
 * written as a string holding a random per-call marker, and that quoted string is then replaced by the digits,
 * so no string in the input can be mistaken for one.
 *
 * @example
 * stringifyJson({ BatchSize: 5n }); // '{"BatchSize":5}'
 */
export function stringifyJson(value: unknown): string {
  let marker: string | undefined;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== "bigint") return v;
    marker ??= `bigint-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}:`;
    return `${marker}${v.toString()}`;
  });
  if (marker === undefined) return text;
  return text.replace(new RegExp(`"${marker}(-?\\d+)"`, "g"), "$1");
}
