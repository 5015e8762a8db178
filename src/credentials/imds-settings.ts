import type { ConfigLoadOptions } from "../config/config-options.js";
import { loadSetting } from "../config/load-setting.js";

/** Where EC2 instance metadata lives and whether IMDSv1 may be used. */
export interface ImdsSettings {
  /** The IMDS base URL. */
  endpoint: string;
  /** Why IMDSv1 is blocked (`AWS_EC2_METADATA_V1_DISABLED` / `ec2_metadata_v1_disabled`), or `undefined` if it is not. */
  v1BlockedBy: string | undefined;
}

/**
 * Reads the IMDS settings the SDK's `fromInstanceMetadata` uses: the endpoint from `AWS_EC2_METADATA_SERVICE_ENDPOINT`
 * or the profile's `ec2_metadata_service_endpoint`, else by mode (`AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` /
 * `ec2_metadata_service_endpoint_mode`: `IPv4` → `http://169.254.169.254`, `IPv6` → `http://[fd00:ec2::254]`; anything
 * else throws), and whether the IMDSv1 fallback is blocked.
 *
 * @example
 * (await imdsSettings({ env: {} })).endpoint; // "http://169.254.169.254"
 */
export async function imdsSettings(options: ConfigLoadOptions): Promise<ImdsSettings> {
  const configured = await loadSetting(
    {
      env: (env) => env.AWS_EC2_METADATA_SERVICE_ENDPOINT || undefined,
      profile: (profile) => profile.ec2_metadata_service_endpoint || undefined,
      fallback: () => undefined,
    },
    options,
  )();
  const endpoint = configured ?? modeEndpoint(await loadSetting(modeSource, options)());
  const v1BlockedBy = await loadSetting<string | undefined>(
    {
      // A set variable decides alone (even "false"); only an unset one lets the profile decide.
      env: (env) => {
        const value = env.AWS_EC2_METADATA_V1_DISABLED;
        if (value === undefined) throw new Error("unset");
        return value && value !== "false" ? "process environment variable (AWS_EC2_METADATA_V1_DISABLED)" : "";
      },
      profile: (profile) => {
        const value = profile.ec2_metadata_v1_disabled;
        return value && value !== "false" ? "config file profile (ec2_metadata_v1_disabled)" : "";
      },
      fallback: () => "",
    },
    options,
  )();
  return { endpoint, v1BlockedBy: v1BlockedBy || undefined };
}

const modeSource = {
  env: (env: NodeJS.ProcessEnv) => env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE,
  profile: (profile: Record<string, string | undefined>) => profile.ec2_metadata_service_endpoint_mode,
  fallback: () => "IPv4",
};

function modeEndpoint(mode: string): string {
  if (mode === "IPv4") return "http://169.254.169.254";
  if (mode === "IPv6") return "http://[fd00:ec2::254]";
  throw new Error(`Unsupported endpoint mode: ${mode}. Select from IPv4,IPv6`);
}
