import { booleanSelector } from "./boolean-selector.js";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadSetting } from "./load-setting.js";

/**
 * Finds an endpoint URL configured outside the code, in the SDK's order: `AWS_ENDPOINT_URL_LAMBDA`, then
 * `AWS_ENDPOINT_URL`, then `lambda.endpoint_url` in the `[services name]` section the profile's `services` key names,
 * then the profile's `endpoint_url`. Returns `undefined` when none is set, or when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`
 * (else the profile's `ignore_configured_endpoint_urls`) is `"true"`. A profile whose `services` section does not exist
 * yields `undefined`, as in the SDK.
 *
 * The SDK reads these with the profile from `AWS_PROFILE` only, not the client's `profile` option; pass `profile` here
 * only if you want it honored.
 *
 * @example
 * await resolveConfiguredEndpointUrl({ env: { AWS_ENDPOINT_URL_LAMBDA: "http://127.0.0.1:4566" } }); // "http://127.0.0.1:4566"
 */
export async function resolveConfiguredEndpointUrl(options: ConfigLoadOptions = {}): Promise<string | undefined> {
  const ignore = await loadSetting(
    {
      env: (env) => booleanSelector(env, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
      profile: (profile) => booleanSelector(profile, "ignore_configured_endpoint_urls"),
      fallback: () => false,
    },
    options,
  )();
  if (ignore) return undefined;
  return loadSetting<string | undefined>(
    {
      env: (env) => env.AWS_ENDPOINT_URL_LAMBDA || env.AWS_ENDPOINT_URL || undefined,
      profile: (profile, shared) => {
        if (profile.services) {
          const section = shared.services[profile.services];
          if (!section) {
            throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
          }
          if (section["lambda.endpoint_url"]) return section["lambda.endpoint_url"];
        }
        return profile.endpoint_url || undefined;
      },
      fallback: () => undefined,
    },
    options,
  )();
}
