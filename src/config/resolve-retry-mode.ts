import type { Provider } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadSetting } from "./load-setting.js";

/**
 * Returns a provider of the retry mode: the client option, else `AWS_RETRY_MODE`, else `retry_mode` in the profile,
 * else `"standard"`. Any string is passed on as is; only the exact string `"adaptive"` selects adaptive retries.
 *
 * @example
 * await resolveRetryMode(undefined, { env: { AWS_RETRY_MODE: "adaptive" } })(); // "adaptive"
 */
export function resolveRetryMode(
  configValue?: string | Provider<string>,
  options: ConfigLoadOptions = {},
): () => Promise<string> {
  if (typeof configValue === "string") return async () => configValue;
  if (typeof configValue === "function") return async () => configValue();
  return loadSetting(
    {
      env: (env) => env.AWS_RETRY_MODE,
      profile: (profile) => profile.retry_mode,
      fallback: () => "standard",
    },
    options,
  );
}
