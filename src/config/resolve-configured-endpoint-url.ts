import type { ConfigLoadOptions } from "./config-options.js";
import { loadNamedSetting } from "./load-named-setting.js";
import { loadSetting } from "./load-setting.js";
import { parseBoolean } from "./parse-boolean.js";

/**
 * Finds an endpoint URL configured outside the code for a service (`serviceId`, default `"Lambda"`; the credential
 * chain asks for `"STS"`, `"SSO"`, `"SSO OIDC"` and `"Signin"`), in the SDK's order: `AWS_ENDPOINT_URL_LAMBDA`, then
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
export async function resolveConfiguredEndpointUrl(options?: ConfigLoadOptions, serviceId = "Lambda"): Promise<string | undefined> {
  // The SDK's names for a service id: "SSO OIDC" -> AWS_ENDPOINT_URL_SSO_OIDC and the `sso_oidc` key of a services section.
  const envName = `AWS_ENDPOINT_URL_${serviceId.toUpperCase().replace(/ /g, "_")}`;
  const sectionKey = `${serviceId.toLowerCase().replace(/ /g, "_")}.endpoint_url`;
  const ignore = loadNamedSetting("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "ignore_configured_endpoint_urls", parseBoolean, () => false, options);
  if (await ignore()) return undefined;
  return loadSetting<string | undefined>(
    {
      env: (env) => env[envName] || env.AWS_ENDPOINT_URL || undefined,
      // A services section that does not exist throws here, which counts as "not set": no URL, as in the SDK.
      profile: ({ services, endpoint_url }, shared) =>
        (services ? shared.services[services]![sectionKey] : undefined) || endpoint_url || undefined,
      fallback: () => undefined,
    },
    options,
  )();
}
