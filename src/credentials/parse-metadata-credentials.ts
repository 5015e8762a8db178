import { CredentialsProviderError } from "./credentials-provider-error.js";
import { parseSecretJson } from "./parse-secret-json.js";
import type { SourcedCredentials } from "./credential-source.js";

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}[tT]\d{2}:\d{2}:\d{2}(?:\.\d+)?[zZ]$/;

/**
 * Reads the credentials JSON that ECS/EKS container endpoints and EC2 instance metadata return: string `AccessKeyId`,
 * `SecretAccessKey`, `Token` and `Expiration` are required. With `fromHttp` set (the SDK's `fromHttp` for container
 * endpoints) the expiration must be an RFC 3339 UTC timestamp and `AccountId` is dropped; otherwise (IMDS and the SDK's
 * `fromContainerMetadata`) a truthy `AccountId` is kept. The result has no `$source`.
 *
 * @example
 * parseMetadataCredentials('{"AccessKeyId":"a","SecretAccessKey":"b","Token":"t","Expiration":"2030-01-01T00:00:00Z"}', "IMDS", false);
 */
export function parseMetadataCredentials(body: string, source: string, fromHttp: boolean): SourcedCredentials {
  let data: Record<string, unknown>;
  try {
    data = parseSecretJson<Record<string, unknown> | null>(body, "The response") ?? {};
  } catch (error) {
    // No cause: the parser's own error would quote the credentials around the mistake.
    throw new CredentialsProviderError(`${source} returned invalid JSON: ${(error as Error).message}`);
  }
  const { AccessKeyId, SecretAccessKey, Token, Expiration, AccountId } = data;
  if (
    typeof AccessKeyId !== "string" ||
    typeof SecretAccessKey !== "string" ||
    typeof Token !== "string" ||
    typeof Expiration !== "string" ||
    (fromHttp && !RFC3339_UTC.test(Expiration))
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
    ...(!fromHttp && AccountId ? { accountId: String(AccountId) } : {}),
  };
}
