import type { Provider } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadNamedSetting } from "./load-named-setting.js";
import { optionProvider } from "./option-provider.js";

/**
 * Returns a provider of the retry mode: the client option, else `AWS_RETRY_MODE`, else `retry_mode` in the profile,
 * else `"standard"`. Any string is passed on as is; only the exact string `"adaptive"` selects adaptive retries.
 *
 * @example
 * await resolveRetryMode(undefined, { env: { AWS_RETRY_MODE: "adaptive" } })(); // "adaptive"
 */
export const resolveRetryMode = (configValue?: string | Provider<string>, options?: ConfigLoadOptions): (() => Promise<string>) =>
  optionProvider<string>(configValue, "string") ?? loadNamedSetting("AWS_RETRY_MODE", "retry_mode", (v) => v, () => "standard", options);
