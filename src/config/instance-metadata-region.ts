import { metadataRequest } from "../credentials/metadata-request.js";

const NEGATIVE_CACHE_MS = 60_000;
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
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT ||
    (env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6" ? "http://[fd00:ec2::254]" : "http://169.254.169.254");
  if (Date.now() < (failedUntil.get(endpoint) ?? 0)) return undefined;
  try {
    const token = await metadataRequest({
      url: new URL("/latest/api/token", endpoint),
      method: "PUT",
      headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" },
      timeoutMs,
    });
    if (token.statusCode < 200 || token.statusCode >= 300) throw new Error(`token: HTTP ${token.statusCode}`);
    const region = await metadataRequest({
      url: new URL("/latest/meta-data/placement/region", endpoint),
      headers: { "x-aws-ec2-metadata-token": token.body },
      timeoutMs,
    });
    if (region.statusCode < 200 || region.statusCode >= 300) throw new Error(`region: HTTP ${region.statusCode}`);
    const value = region.body.trim();
    if (value) return value;
  } catch {
    // Any failure means "no region from IMDS"; the caller reports the missing region.
  }
  failedUntil.set(endpoint, Date.now() + NEGATIVE_CACHE_MS);
  return undefined;
}
