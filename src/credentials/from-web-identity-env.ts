import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";

/**
 * The default chain's web identity step (the SDK's `fromTokenFile`). When `AWS_WEB_IDENTITY_TOKEN_FILE` and
 * `AWS_ROLE_ARN` are both set (EKS IAM roles for service accounts, some CI systems) the SDK would call STS
 * AssumeRoleWithWebIdentity here; this client does not, so it stops with an error that says to pass `fromTokenFile()`.
 * Otherwise the chain goes on.
 *
 * @example
 * await fromWebIdentityEnv({})(); // rejects: "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set" (tryNextLink: true)
 */
export function fromWebIdentityEnv(env: NodeJS.ProcessEnv = process.env): () => Promise<SourcedCredentials> {
  return async () => {
    const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE;
    const roleArn = env.AWS_ROLE_ARN;
    if (!tokenFile || !roleArn) {
      throw new CredentialsProviderError("AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set");
    }
    throw new CredentialsProviderError(
      `AWS_WEB_IDENTITY_TOKEN_FILE (${tokenFile}) and AWS_ROLE_ARN (${roleArn}) ask for web identity role assumption, ` +
        `which this client does not do by itself. Pass credentials: fromTokenFile() from "@aws-sdk/credential-providers" ` +
        `(it reads these variables), or fromNodeProviderChain(), e.g. new LambdaClient({ credentials: fromTokenFile() }).`,
      { tryNextLink: false },
    );
  };
}
