/**
 * Turns a client option into a provider when it is set: a value of type `type` is returned as is, a function is called
 * on each use. Anything else gives `undefined`, so the caller reads the setting from the environment and files.
 *
 * @example
 * const maxAttempts = optionProvider<number>(input.maxAttempts, "number") ?? loadFromEnvironment();
 */
export const optionProvider = <T>(value: unknown, type: "boolean" | "number" | "string"): (() => Promise<T>) | undefined =>
  typeof value === type ? async () => value as T : typeof value === "function" ? async () => (value as () => T | Promise<T>)() : undefined;
