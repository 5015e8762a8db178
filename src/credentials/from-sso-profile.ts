import type { IniSection } from "@smithy/types";
import { parseSecretJson } from "./parse-secret-json.js";
import type { SharedConfig } from "../config/load-shared-config.js";
import { getPartition } from "../endpoints/get-partition.js";
import type { CredentialChainContext } from "./chain-context.js";
import { callCredentialService } from "./credential-service-call.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { restJsonError } from "./rest-json-error.js";
import { readSsoToken, ssoLoginHint, ssoSessionToken } from "./sso-token.js";

const REFRESH = "To refresh this SSO session run aws sso login with the corresponding profile.";

interface RoleCredentials {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  expiration?: number;
  credentialScope?: string;
  accountId?: string;
}

/**
 * IAM Identity Center (SSO) credentials for a profile, as the SDK's `fromSSO` gets them from `fromIni`: the profile's
 * `sso_account_id` and `sso_role_name`, with `sso_start_url` / `sso_region` from its `[sso-session]` section (or, for
 * legacy profiles, from the profile itself); the access token from `~/.aws/sso/cache/` (an `sso_session` token is
 * refreshed through SSO-OIDC when it expires, see `ssoSessionToken`); then SSO `GetRoleCredentials`. Every failure
 * stops the chain (`tryNextLink: false`) with the SDK's message; those about a missing, invalid or expired session
 * end with the command that fixes it, `aws sso login --profile NAME`.
 *
 * @example
 * await fromSsoProfile("dev", { sso_session: "corp", sso_account_id: "123456789012", sso_role_name: "Dev" }, shared, { env: process.env });
 */
export async function fromSsoProfile(name: string, data: IniSection, shared: SharedConfig, context: CredentialChainContext): Promise<SourcedCredentials> {
  const stop = (message: string) => new CredentialsProviderError(message, { tryNextLink: false });
  const profile = { ...data };
  if (profile.sso_session) {
    const session = shared.ssoSessions[profile.sso_session];
    if (!session) throw stop(`Profile ${name} refers to sso_session "${profile.sso_session}", but the config file has no [sso-session ${profile.sso_session}] section.${ssoLoginHint(name)}`);
    profile.sso_region = session.sso_region;
    profile.sso_start_url = session.sso_start_url;
  }
  const { sso_start_url: startUrl, sso_account_id: accountId, sso_region: region, sso_role_name: roleName, sso_session: sessionName } = profile;
  if (!startUrl || !accountId || !region || !roleName) {
    throw stop(
      `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". ` +
        `Got ${Object.keys(profile).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
    );
  }
  let token: { accessToken: string; expiresAt: string };
  if (sessionName) {
    try {
      const { token: accessToken, expiration } = await ssoSessionToken(name, sessionName, shared.ssoSessions[sessionName], context);
      token = { accessToken, expiresAt: expiration.toISOString() };
    } catch (error) {
      throw stop((error as Error).message + ssoLoginHint(name));
    }
  } else {
    try {
      const cached = await readSsoToken(startUrl, context.env);
      token = { accessToken: cached.accessToken!, expiresAt: cached.expiresAt! };
    } catch {
      throw stop(`The SSO session associated with this profile is invalid. ${REFRESH}${ssoLoginHint(name)}`);
    }
  }
  if (new Date(token.expiresAt).getTime() - Date.now() <= 0) {
    throw stop(`The SSO session associated with this profile has expired. ${REFRESH}${ssoLoginHint(name)}`);
  }
  let roleCredentials: RoleCredentials | undefined;
  try {
    ({ roleCredentials } = await callCredentialService(
      {
        serviceId: "SSO",
        defaultEndpoint: `https://portal.sso.${region}.${getPartition(region).dnsSuffix}`,
        method: "GET",
        path: "/federation/credentials",
        query: { role_name: roleName, account_id: accountId },
        headers: { "x-amz-sso_bearer_token": token.accessToken },
        parseOutput: (text) => parseSecretJson(text, "The SSO GetRoleCredentials response") as { roleCredentials?: RoleCredentials },
        parseError: restJsonError,
      },
      context,
    ));
  } catch (error) {
    // The SDK wraps the SSO error itself as the message, so it reads "UnauthorizedException: Session token not found or invalid".
    throw stop(String(error));
  }
  const { accessKeyId, secretAccessKey, sessionToken, expiration, credentialScope, accountId: resolvedAccount } = roleCredentials ?? {};
  if (!accessKeyId || !secretAccessKey || !sessionToken || !expiration) throw stop("SSO returns an invalid temporary credential.");
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken,
    expiration: new Date(expiration),
    ...(credentialScope && { credentialScope }),
    ...(resolvedAccount && { accountId: resolvedAccount }),
    $source: sessionName ? { CREDENTIALS_SSO: "s", CREDENTIALS_PROFILE_SSO: "r" } : { CREDENTIALS_SSO_LEGACY: "u", CREDENTIALS_PROFILE_SSO_LEGACY: "t" },
  } as SourcedCredentials;
}
