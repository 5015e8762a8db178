import { runtimeEnv } from "../runtime/runtime-env.js";
import type { Provider } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadSetting } from "./load-setting.js";
import { optionProvider } from "./option-provider.js";
import { profileName } from "./profile-name.js";

/** Options for {@link resolveRegionProvider}. */
export interface RegionOptions extends ConfigLoadOptions {
  /**
   * Timeout of each request to the EC2 instance metadata service.
   * @default 1000
   */
  imdsTimeoutMs?: number;
}

/**
 * Returns a provider of the client's region, in the SDK's order: the `region` option (a string or a provider), then
 * `AWS_REGION`, then `region` in the selected profile (the credentials file wins over the config file), then the EC2
 * instance metadata region (skipped when `AWS_EC2_METADATA_DISABLED` is set). `AWS_DEFAULT_REGION` is ignored, as in the
 * SDK. When nothing is found the provider rejects with an `Error` starting `Region is missing` that names the ways to
 * set it. An empty `region` option throws that error at once, as the SDK's constructor does.
 *
 * The value is returned as configured; pass it through `normalizeRegion` to handle `fips-` regions.
 *
 * @example
 * const region = resolveRegionProvider(undefined, { env: { AWS_REGION: "eu-west-1" } });
 * await region(); // "eu-west-1"
 */
export function resolveRegionProvider(configValue?: string | Provider<string>, options: RegionOptions = {}): () => Promise<string> {
  const missing = () =>
    new Error(
      `Region is missing: set the "region" client option, the AWS_REGION environment variable, ` +
        `or "region" in the "${profileName(options)}" profile of your AWS config file (AWS_CONFIG_FILE or ~/.aws/config)`,
    );
  if (configValue === "") throw missing();
  return (
    optionProvider<string>(configValue, "string") ??
    loadSetting(
      {
        env: (env) => env.AWS_REGION,
        profile: (profile) => profile.region,
        preferredFile: "credentials",
        fallback: async () => {
          const { getInstanceMetadataRegion } = await import("./instance-metadata-region.js");
          const region = await getInstanceMetadataRegion(options.env ?? runtimeEnv(), options.imdsTimeoutMs);
          if (region) return region;
          throw missing();
        },
      },
      options,
    )
  );
}
