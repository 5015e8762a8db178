import type { Provider } from "@smithy/types";
import { parseBoolean } from "./parse-boolean.js";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadNamedSetting } from "./load-named-setting.js";
import { optionProvider } from "./option-provider.js";

/**
 * Returns a provider of a boolean setting such as `useFipsEndpoint` or `useDualstackEndpoint`: the client option if
 * given, else the environment variable, else the profile key, else `false`. Only the exact strings `"true"` and
 * `"false"` count; any other value is ignored and the next source decides (the SDK's `booleanSelector`).
 *
 * @example
 * const useFips = resolveBooleanSetting(undefined, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", { env: { AWS_USE_FIPS_ENDPOINT: "true" } });
 * await useFips(); // true
 */
export const resolveBooleanSetting = (
  configValue: boolean | Provider<boolean> | undefined,
  envName: string,
  profileKey: string,
  options?: ConfigLoadOptions,
): (() => Promise<boolean>) =>
  optionProvider<boolean>(configValue, "boolean") ?? loadNamedSetting(envName, profileKey, parseBoolean, () => false, options);
