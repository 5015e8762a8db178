import type { ConfigLoadOptions } from "./config-options.js";
import { loadSetting } from "./load-setting.js";

/**
 * The common case of {@link loadSetting}: the environment variable `envName`, else the profile key `profileKey`, each
 * read through `parse` (`undefined` or a throw means "not set here"), else `fallback`.
 *
 * @example
 * await loadNamedSetting("AWS_RETRY_MODE", "retry_mode", (v) => v, () => "standard")(); // "standard" when unset
 */
export const loadNamedSetting = <T>(
  envName: string,
  profileKey: string,
  parse: (value: string | undefined) => T | undefined,
  fallback: () => T | Promise<T>,
  options?: ConfigLoadOptions,
): (() => Promise<T>) =>
  loadSetting({ env: (env) => parse(env[envName]), profile: (profile) => parse(profile[profileKey]), fallback }, options);
