import { IMDS_ENDPOINTS, IMDS_TOKEN_PATH, imdsRequest } from "../credentials/imds-request.js";

const failedUntil = new Map<string, number>();

/**
 * Asks the EC2 instance metadata service (IMDSv2) for the instance's region, as the SDK's region fallback does:
 * `PUT /latest/api/token`, then `GET /latest/meta-data/placement/region`. Returns `undefined` when
 * `AWS_EC2_METADATA_DISABLED` has any value, when the service does not answer, or when it failed within the last
 * 60 seconds (per endpoint). There is no IMDSv1 fallback. The endpoint is `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else
 * `http://[fd00:ec2::254]` when `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6`, else `http://169.254.169.254`.
 *
 * @example
 * await getInstanceMetadataRegion(process.env); // "eu-west-1" on an EC2 instance in Ireland
 */
export async function getInstanceMetadataRegion(env: NodeJS.ProcessEnv, timeoutMs = 1000): Promise<string | undefined> {
  if (env.AWS_EC2_METADATA_DISABLED) return undefined;
  const endpoint =
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT || IMDS_ENDPOINTS[env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6" ? "IPv6" : "IPv4"]!;
  if (Date.now() < (failedUntil.get(endpoint) ?? 0)) return undefined;
  try {
    const token = await imdsRequest(endpoint, IMDS_TOKEN_PATH, timeoutMs);
    const region = (await imdsRequest(endpoint, "/latest/meta-data/placement/region", timeoutMs, token)).trim();
    if (region) return region;
  } catch {
    // Any failure means "no region from IMDS"; the caller reports the missing region.
  }
  failedUntil.set(endpoint, Date.now() + 60_000);
  return undefined;
}
