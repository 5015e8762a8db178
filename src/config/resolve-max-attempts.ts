import type { Provider } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadSetting } from "./load-setting.js";

/**
 * Returns a provider of `maxAttempts` (the first try plus retries): the client option, else `AWS_MAX_ATTEMPTS`, else
 * `max_attempts` in the profile, else 3. Values are read with `parseInt` (`"5x"` is 5). A value that is not a number is
 * skipped and the next source decides: the SDK's selectors throw on it, but its loader treats that throw as "not set
 * here" (checked against `@aws-sdk/client-lambda`: `AWS_MAX_ATTEMPTS=abc` gives 3).
 *
 * @example
 * await resolveMaxAttempts(undefined, { env: { AWS_MAX_ATTEMPTS: "5" } })(); // 5
 */
export function resolveMaxAttempts(
  configValue?: number | Provider<number>,
  options: ConfigLoadOptions = {},
): () => Promise<number> {
  if (typeof configValue === "number") return async () => configValue;
  if (typeof configValue === "function") return async () => configValue();
  return loadSetting(
    {
      env: (env) => parseAttempts(env.AWS_MAX_ATTEMPTS, "Environment variable AWS_MAX_ATTEMPTS"),
      profile: (profile) => parseAttempts(profile.max_attempts, "Shared config file entry max_attempts"),
      fallback: () => 3,
    },
    options,
  );
}

function parseAttempts(value: string | undefined, what: string): number | undefined {
  if (!value) return undefined;
  const attempts = parseInt(value, 10);
  if (Number.isNaN(attempts)) throw new Error(`${what} must be a number, got "${value}"`);
  return attempts;
}
