/**
 * Reads a boolean the SDK's way: only the exact strings `"true"` and `"false"` count; any other value (including `""`
 * and `"TRUE"`) is ignored so the next source decides.
 *
 * @example
 * booleanSelector({ AWS_USE_FIPS_ENDPOINT: "true" }, "AWS_USE_FIPS_ENDPOINT"); // true
 */
export function booleanSelector(values: Readonly<Record<string, string | undefined>>, key: string): boolean | undefined {
  const value = values[key];
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}
