import { CredentialsProviderError } from "./credentials-provider-error.js";
import { withCredentialFeature, type SourcedCredentials } from "./credential-source.js";

/**
 * Reads credentials from environment variables, like the SDK's `fromEnv`: `AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY` are required; `AWS_SESSION_TOKEN`, `AWS_CREDENTIAL_EXPIRATION` (any `Date`-parsable string),
 * `AWS_CREDENTIAL_SCOPE` and `AWS_ACCOUNT_ID` are optional.
 *
 * @example
 * await fromEnvCredentials({ AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "secret" })(); // { accessKeyId: "AKID", ... }
 */
export function fromEnvCredentials(env: NodeJS.ProcessEnv = process.env): () => Promise<SourcedCredentials> {
  return async () => {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
      throw new CredentialsProviderError("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set");
    }
    const { AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, AWS_CREDENTIAL_SCOPE, AWS_ACCOUNT_ID } = env;
    return withCredentialFeature(
      {
        accessKeyId,
        secretAccessKey,
        ...(AWS_SESSION_TOKEN && { sessionToken: AWS_SESSION_TOKEN }),
        ...(AWS_CREDENTIAL_EXPIRATION && { expiration: new Date(AWS_CREDENTIAL_EXPIRATION) }),
        ...(AWS_CREDENTIAL_SCOPE && { credentialScope: AWS_CREDENTIAL_SCOPE }),
        ...(AWS_ACCOUNT_ID && { accountId: AWS_ACCOUNT_ID }),
      },
      "CREDENTIALS_ENV_VARS",
      "g",
    );
  };
}
