/** Browsers, workers and React Native have no environment variables: every setting comes from client options. */
export function runtimeEnv(): Record<string, string | undefined> {
  return {};
}
