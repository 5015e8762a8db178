import { runtimeEnv } from "../runtime/runtime-env.js";
import type { ConfigLoadOptions } from "./config-options.js";

/**
 * The profile the SDK would use: the `profile` option, else `AWS_PROFILE`, else `"default"` (empty strings count as unset).
 *
 * @example
 * profileName({ env: { AWS_PROFILE: "dev" } }); // "dev"
 */
export function profileName(options: ConfigLoadOptions = {}): string {
  return options.profile || (options.env ?? runtimeEnv()).AWS_PROFILE || "default";
}
