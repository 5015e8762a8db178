const MAX_SHOWN = 60;

/** Renders a value for a validation message: strings quoted and shortened, containers summarized. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}…` : JSON.stringify(value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "symbol":
    case "function":
      return `a ${typeof value}`;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an Invalid Date" : `Date ${value.toISOString()}`;
  if (value instanceof Map) return "a Map";
  if (value instanceof Set) return "a Set";
  return "an object";
}
