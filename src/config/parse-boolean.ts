/**
 * Reads a boolean the SDK's way (`booleanSelector`): only the exact strings `"true"` and `"false"` count; any other
 * value (including `""` and `"TRUE"`) gives `undefined` so the next source decides.
 *
 * @example
 * parseBoolean("true"); // true
 */
export const parseBoolean = (value: string | undefined): boolean | undefined =>
  value === "true" ? true : value === "false" ? false : undefined;
