import type { Provider } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadNamedSetting } from "./load-named-setting.js";
import { optionProvider } from "./option-provider.js";

/**
 * Returns a provider of `maxAttempts` (the first try plus retries): the client option, else `AWS_MAX_ATTEMPTS`, else
 * `max_attempts` in the profile, else 3. Values are read with `parseInt` (`"5x"` is 5). A value that is not a number is
 * skipped and the next source decides: the SDK's selectors throw on it, but its loader treats that throw as "not set
 * here" (checked against `@aws-sdk/client-lambda`: `AWS_MAX_ATTEMPTS=abc` gives 3).
 *
 * @example
 * await resolveMaxAttempts(undefined, { env: { AWS_MAX_ATTEMPTS: "5" } })(); // 5
 */
export const resolveMaxAttempts = (configValue?: number | Provider<number>, options?: ConfigLoadOptions): (() => Promise<number>) =>
  optionProvider<number>(configValue, "number") ??
  loadNamedSetting(
    "AWS_MAX_ATTEMPTS",
    "max_attempts",
    (value) => {
      const attempts = value ? parseInt(value, 10) : NaN;
      return Number.isNaN(attempts) ? undefined : attempts;
    },
    () => 3,
    options,
  );
