import { CredentialsProviderError } from "./credentials-provider-error.js";
import { toCredentials, type SourcedCredentials } from "./credential-source.js";

/**
 * Reads credentials from environment variables, like the SDK's `fromEnv`: `AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY` are required; `AWS_SESSION_TOKEN`, `AWS_CREDENTIAL_EXPIRATION` (any `Date`-parsable string),
 * `AWS_CREDENTIAL_SCOPE` and `AWS_ACCOUNT_ID` are optional.
 *
 * @example
 * await fromEnvCredentials({ AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "secret" })(); // { accessKeyId: "AKID", ... }
 */
export const fromEnvCredentials =
  (env: NodeJS.ProcessEnv = process.env): (() => Promise<SourcedCredentials>) =>
  async () => {
    const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret } = env;
    if (!id || !secret) throw new CredentialsProviderError("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set");
    return toCredentials({ CREDENTIALS_ENV_VARS: "g" }, id, secret, {
      sessionToken: env.AWS_SESSION_TOKEN,
      expiration: env.AWS_CREDENTIAL_EXPIRATION,
      credentialScope: env.AWS_CREDENTIAL_SCOPE,
      accountId: env.AWS_ACCOUNT_ID,
    });
  };
