import type { Provider } from "@smithy/types";
import { booleanSelector } from "./boolean-selector.js";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadSetting } from "./load-setting.js";

/**
 * Returns a provider of a boolean setting such as `useFipsEndpoint` or `useDualstackEndpoint`: the client option if
 * given, else the environment variable, else the profile key, else `false`. Only the exact strings `"true"` and
 * `"false"` count; any other value is ignored and the next source decides (the SDK's `booleanSelector`).
 *
 * @example
 * const useFips = resolveBooleanSetting(undefined, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", { env: { AWS_USE_FIPS_ENDPOINT: "true" } });
 * await useFips(); // true
 */
export function resolveBooleanSetting(
  configValue: boolean | Provider<boolean> | undefined,
  envName: string,
  profileKey: string,
  options: ConfigLoadOptions = {},
): () => Promise<boolean> {
  if (typeof configValue === "boolean") return async () => configValue;
  if (typeof configValue === "function") return async () => configValue();
  return loadSetting(
    {
      env: (env) => booleanSelector(env, envName),
      profile: (profile) => booleanSelector(profile, profileKey),
      fallback: () => false,
    },
    options,
  );
}
