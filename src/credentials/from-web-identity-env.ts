import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { unsupportedProviderError } from "./unsupported-provider-error.js";

/**
 * The default chain's web identity step (the SDK's `fromTokenFile`). When `AWS_WEB_IDENTITY_TOKEN_FILE` and
 * `AWS_ROLE_ARN` are both set (EKS IAM roles for service accounts, some CI systems) the SDK would call STS
 * AssumeRoleWithWebIdentity here; this client does not, so it stops with an error that says to pass `fromTokenFile()`.
 * Otherwise the chain goes on.
 *
 * @example
 * await fromWebIdentityEnv({})(); // rejects: "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set" (tryNextLink: true)
 */
export const fromWebIdentityEnv =
  (env: NodeJS.ProcessEnv = process.env): (() => Promise<SourcedCredentials>) =>
  async () => {
    const { AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: roleArn } = env;
    throw !tokenFile || !roleArn
      ? new CredentialsProviderError("AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set")
      : unsupportedProviderError(
          `AWS_WEB_IDENTITY_TOKEN_FILE (${tokenFile}) and AWS_ROLE_ARN (${roleArn}) ask for web identity role assumption`,
          "fromTokenFile()",
          " (it reads these variables), or fromNodeProviderChain()",
          "fromTokenFile()",
        );
  };
