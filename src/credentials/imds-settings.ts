import type { ConfigLoadOptions } from "../config/config-options.js";
import { loadNamedSetting } from "../config/load-named-setting.js";
import { loadSetting } from "../config/load-setting.js";
import { IMDS_ENDPOINTS } from "./imds-request.js";

/** Where EC2 instance metadata lives and whether IMDSv1 may be used. */
export interface ImdsSettings {
  /** The IMDS base URL. */
  endpoint: string;
  /** Why IMDSv1 is blocked (`AWS_EC2_METADATA_V1_DISABLED` / `ec2_metadata_v1_disabled`), or `undefined` if it is not. */
  v1BlockedBy: string | undefined;
}

const isBlocking = (value: string | undefined) => !!value && value !== "false";

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
  const text = (value: string | undefined) => value || undefined;
  let endpoint = await loadNamedSetting("AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint", text, () => undefined, options)();
  if (endpoint === undefined) {
    const mode = await loadNamedSetting("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode", (v) => v, () => "IPv4", options)();
    endpoint = Object.hasOwn(IMDS_ENDPOINTS, mode) ? IMDS_ENDPOINTS[mode] : undefined;
    if (endpoint === undefined) throw new Error(`Unsupported endpoint mode: ${mode}. Select from IPv4,IPv6`);
  }
  const v1BlockedBy = await loadSetting(
    {
      // A set variable decides alone (even "false"); only an unset one lets the profile decide.
      env: ({ AWS_EC2_METADATA_V1_DISABLED: value }) =>
        value === undefined ? value : isBlocking(value) ? "process environment variable (AWS_EC2_METADATA_V1_DISABLED)" : "",
      profile: (profile) => (isBlocking(profile.ec2_metadata_v1_disabled) ? "config file profile (ec2_metadata_v1_disabled)" : ""),
      fallback: () => "",
    },
    options,
  )();
  return { endpoint, v1BlockedBy: text(v1BlockedBy) };
}
