import type { CredentialChainContext } from "./chain-context.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";

/**
 * The default chain's web identity step (the SDK's `fromTokenFile`): when `AWS_WEB_IDENTITY_TOKEN_FILE` and
 * `AWS_ROLE_ARN` are both set (EKS IAM roles for service accounts, GitHub Actions OIDC and other CI systems) it assumes
 * that role with the token through STS `AssumeRoleWithWebIdentity`, with `AWS_ROLE_SESSION_NAME` as the session name.
 * Otherwise the chain goes on. The STS code is loaded only when these variables are set.
 *
 * @example
 * await fromWebIdentityEnv({ env: {} })(); // rejects: "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set" (tryNextLink: true)
 */
export const fromWebIdentityEnv =
  (context: CredentialChainContext): (() => Promise<SourcedCredentials>) =>
  async () => {
    const { AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: roleArn, AWS_ROLE_SESSION_NAME: roleSessionName } = context.env;
    if (!tokenFile || !roleArn) throw new CredentialsProviderError("AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set");
    const { fromWebIdentity } = await import("./from-web-identity.js");
    return fromWebIdentity({ tokenFile, roleArn, roleSessionName, feature: ["CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"] }, context)();
  };
