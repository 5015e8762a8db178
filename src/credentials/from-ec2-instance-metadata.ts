import type { ConfigLoadOptions } from "../config/config-options.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { IMDS_TOKEN_PATH, imdsRequest } from "./imds-request.js";
import { imdsSettings } from "./imds-settings.js";
import { parseMetadataCredentials } from "./parse-metadata-credentials.js";
import type { RemoteProviderOptions } from "./remote-provider-options.js";
import { withRetries } from "./with-retries.js";
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
  let disableFetchToken = false;
  const get = (endpoint: string, path: string, token: string | undefined) =>
    withRetries(options.maxRetries ?? 0, () =>
      imdsRequest(endpoint, path, timeoutMs, token || undefined).catch((error: CredentialsProviderError & { statusCode?: number }) => {
        if (error.statusCode === 401) disableFetchToken = false;
        throw error;
      }),
    );
  return withStaticStability(async () => {
    const { endpoint, v1BlockedBy } = await imdsSettings(options);
    let token: string | undefined;
    let tokenError: (Error & { statusCode?: number }) | undefined;
    if (!disableFetchToken) {
      try {
        token = await imdsRequest(endpoint, IMDS_TOKEN_PATH, timeoutMs);
      } catch (error) {
        tokenError = error as Error;
        const status = tokenError.statusCode;
        if (status === 400) throw new CredentialsProviderError("EC2 Metadata token request returned error", { cause: error });
        if (status === 403 || status === 404 || status === 405) disableFetchToken = true;
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
    const role = (await get(endpoint, CREDENTIALS_PATH, token)).trim();
    return parseMetadataCredentials(await get(endpoint, CREDENTIALS_PATH + role, token), "Instance metadata service", false);
  }, options.logger);
}
