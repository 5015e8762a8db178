import { metadataError } from "./metadata-error.js";
import { metadataRequest } from "./metadata-request.js";

/** Where IMDSv2 hands out session tokens (with PUT). */
export const IMDS_TOKEN_PATH = "/latest/api/token";

/** The IMDS endpoint for each `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`. */
export const IMDS_ENDPOINTS: Readonly<Record<string, string>> = { IPv4: "http://169.254.169.254", IPv6: "http://[fd00:ec2::254]" };

/**
 * One call to EC2 instance metadata: a `PUT` asking for a 6-hour session token on {@link IMDS_TOKEN_PATH}, otherwise a
 * `GET` that sends `token` when given. Resolves with the body of a 2xx answer; anything else rejects with a
 * `CredentialsProviderError` that carries the `statusCode`.
 *
 * @example
 * const token = await imdsRequest("http://169.254.169.254", IMDS_TOKEN_PATH, 1000);
 * const region = await imdsRequest("http://169.254.169.254", "/latest/meta-data/placement/region", 1000, token);
 */
export async function imdsRequest(endpoint: string, path: string, timeoutMs: number, token?: string): Promise<string> {
  const method = path === IMDS_TOKEN_PATH ? "PUT" : "GET";
  const headers: Record<string, string> =
    method === "PUT" ? { "x-aws-ec2-metadata-token-ttl-seconds": "21600" } : token === undefined ? {} : { "x-aws-ec2-metadata-token": token };
  const { statusCode, body } = await metadataRequest(new URL(path, endpoint), timeoutMs, headers, method);
  const error = metadataError(statusCode, ` for ${method} ${path}`);
  if (error) throw error;
  return body;
}
