import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}[tT]\d{2}:\d{2}:\d{2}(?:\.\d+)?[zZ]$/;

/**
 * Reads the credentials JSON that ECS/EKS container endpoints and EC2 instance metadata return: string `AccessKeyId`,
 * `SecretAccessKey`, `Token` and `Expiration` are required; `AccountId` is kept when `withAccountId` is set (IMDS and
 * the SDK's `fromContainerMetadata` keep it, its `fromHttp` does not). With `strictExpiration` the expiration must be an
 * RFC 3339 UTC timestamp, as `fromHttp` requires.
 *
 * @example
 * parseMetadataCredentials('{"AccessKeyId":"a","SecretAccessKey":"b","Token":"t","Expiration":"2030-01-01T00:00:00Z"}', "IMDS", {});
 */
export function parseMetadataCredentials(
  body: string,
  source: string,
  options: { withAccountId?: boolean; strictExpiration?: boolean },
): SourcedCredentials {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(body) as Record<string, unknown>;
  } catch (error) {
    throw new CredentialsProviderError(`${source} returned invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  const { AccessKeyId, SecretAccessKey, Token, Expiration, AccountId } = data ?? {};
  if (
    typeof AccessKeyId !== "string" ||
    typeof SecretAccessKey !== "string" ||
    typeof Token !== "string" ||
    typeof Expiration !== "string" ||
    (options.strictExpiration && !RFC3339_UTC.test(Expiration))
  ) {
    throw new CredentialsProviderError(
      `${source} response not of the required format, an object matching: ` +
        "{ AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",
    );
  }
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: Token,
    expiration: new Date(Expiration),
    ...(options.withAccountId && AccountId ? { accountId: String(AccountId) } : {}),
  };
}
