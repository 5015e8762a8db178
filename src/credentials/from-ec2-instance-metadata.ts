import type { ConfigLoadOptions } from "../config/config-options.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { imdsSettings } from "./imds-settings.js";
import { metadataRequest } from "./metadata-request.js";
import { parseMetadataCredentials } from "./parse-metadata-credentials.js";
import type { RemoteProviderOptions } from "./remote-provider-options.js";
import { withStaticStability } from "./static-stability.js";

const CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/";

/** Options for {@link fromEc2InstanceMetadata}. */
export interface Ec2InstanceMetadataOptions extends RemoteProviderOptions, ConfigLoadOptions {}

/**
 * Gets the instance role's credentials from EC2 instance metadata the way the SDK's `fromInstanceMetadata` does:
 * IMDSv2 (`PUT /latest/api/token`, then `GET …/iam/security-credentials/` for the role name and `GET …/<role>`).
 * A token answer of 400 is an error; 403, 404 or 405 switch this provider to IMDSv1 for good; any other token failure
 * uses IMDSv1 for this call, unless `AWS_EC2_METADATA_V1_DISABLED` / `ec2_metadata_v1_disabled` blocks it. Endpoint
 * settings are read by `imdsSettings`. Expired credentials, and failed refreshes after a success, are extended by
 * 5–10 minutes with a warning (`withStaticStability`).
 *
 * @example
 * await fromEc2InstanceMetadata({ env: { AWS_EC2_METADATA_SERVICE_ENDPOINT: "http://127.0.0.1:1338" } })();
 */
export function fromEc2InstanceMetadata(options: Ec2InstanceMetadataOptions = {}): () => Promise<SourcedCredentials> {
  const timeoutMs = options.timeoutMs ?? 1000;
  const retries = options.maxRetries ?? 0;
  let disableFetchToken = false;

  const request = async (endpoint: string, path: string, token: string | undefined, method: "GET" | "PUT" = "GET") => {
    const headers: Record<string, string> =
      method === "PUT" ? { "x-aws-ec2-metadata-token-ttl-seconds": "21600" } : token ? { "x-aws-ec2-metadata-token": token } : {};
    const response = await metadataRequest({ url: new URL(path, endpoint), method, headers, timeoutMs });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      if (response.statusCode === 401) disableFetchToken = false;
      throw Object.assign(
        new CredentialsProviderError(`Error response received from instance metadata service (HTTP ${response.statusCode} for ${method} ${path})`),
        { statusCode: response.statusCode },
      );
    }
    return response.body;
  };
  const withRetries = async <T>(run: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (attempt >= retries) throw error;
      }
    }
  };

  const provider = async (): Promise<SourcedCredentials> => {
    const { endpoint, v1BlockedBy } = await imdsSettings(options);
    let token: string | undefined;
    let tokenError: Error | undefined;
    if (!disableFetchToken) {
      try {
        token = await request(endpoint, "/latest/api/token", undefined, "PUT");
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 400) throw new CredentialsProviderError("EC2 Metadata token request returned error", { cause: error });
        if (status === 403 || status === 404 || status === 405) disableFetchToken = true;
        tokenError = error as Error;
      }
    }
    if (token === undefined && v1BlockedBy) {
      throw Object.assign(
        new CredentialsProviderError(
          `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${v1BlockedBy}].` +
            (tokenError ? ` The IMDSv2 token request failed: ${tokenError.message}` : ""),
        ),
        { name: "InstanceMetadataV1FallbackError" },
      );
    }
    const role = (await withRetries(() => request(endpoint, CREDENTIALS_PATH, token))).trim();
    const body = await withRetries(() => request(endpoint, CREDENTIALS_PATH + role, token));
    return parseMetadataCredentials(body, "Instance metadata service", { withAccountId: true });
  };
  return withStaticStability(provider, options.logger);
}
