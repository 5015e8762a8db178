import { readFileSync } from "node:fs";
import type { CredentialChainContext } from "./chain-context.js";
import type { SourcedCredentials } from "./credential-source.js";
import { stsAssumeRole } from "./sts-request.js";
import { stsRegion } from "./sts-region.js";

/** Where a web identity token is and which role it assumes. */
export interface WebIdentitySettings {
  /** The file holding the OIDC token (EKS, GitHub Actions); read again on every call, because the issuer rotates it. */
  tokenFile: string;
  roleArn: string;
  /** @default `aws-sdk-js-session-<milliseconds>` */
  roleSessionName?: string;
  /** The `$source` feature letter to add: `h` for the environment variables, `q` for a profile (the SDK's). */
  feature: ["CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"] | ["CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q"];
}

/**
 * Assumes a role with a web identity token, as the SDK's `fromTokenFile`: reads the token file (a missing file throws
 * Node's own `ENOENT` error, which stops the chain, as in the SDK), then calls STS `AssumeRoleWithWebIdentity`
 * (unsigned) in the client's region.
 *
 * @example
 * await fromWebIdentity({ tokenFile: "/var/run/secrets/eks.amazonaws.com/serviceaccount/token", roleArn, feature: ["CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"] }, { env: process.env })();
 */
export const fromWebIdentity =
  (settings: WebIdentitySettings, context: CredentialChainContext): (() => Promise<SourcedCredentials>) =>
  async () => {
    const token = readFileSync(settings.tokenFile, { encoding: "ascii" });
    const credentials = await stsAssumeRole(
      "AssumeRoleWithWebIdentity",
      { RoleArn: settings.roleArn, RoleSessionName: settings.roleSessionName ?? `aws-sdk-js-session-${Date.now()}`, WebIdentityToken: token },
      undefined,
      { ...context, region: await stsRegion(context) },
    );
    credentials.$source![settings.feature[0]] = settings.feature[1];
    return credentials;
  };
