/**
 * The environment variables the client reads (region, retry, endpoint and credential settings): `process.env` on Node.
 * The browser build's twin (`runtime-env.browser.ts`) returns an empty record: there is no environment there.
 */
export function runtimeEnv(): Record<string, string | undefined> {
  return process.env;
}
