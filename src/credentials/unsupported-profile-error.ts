import type { IniSection } from "@smithy/types";
import type { ProfileKind } from "./classify-profile.js";
import type { CredentialsProviderError } from "./credentials-provider-error.js";
import { unsupportedProviderError } from "./unsupported-provider-error.js";

/**
 * Builds the error for a profile that needs a credential source this client does not implement (role assumption, web
 * identity, IAM Identity Center / SSO, console login). It names the `@aws-sdk/credential-providers` function to pass
 * as `credentials` instead, and it stops the default chain (`tryNextLink: false`).
 *
 * @example
 * unsupportedProfileError("sso", "dev", { sso_session: "corp" }).message;
 * // 'Profile "dev" signs in with IAM Identity Center (SSO) ... Pass credentials: fromSSO({ profile: "dev" }) from "@aws-sdk/credential-providers" ...'
 */
export function unsupportedProfileError(
  kind: Exclude<ProfileKind, "static" | "process">,
  profileName: string,
  data: IniSection,
): CredentialsProviderError {
  const profile = JSON.stringify(profileName);
  const byProfile = `({ profile: ${profile} })`;
  const { role_arn: role, source_profile: source, web_identity_token_file: tokenFile } = data;
  const [what, use] =
    kind === "assume-role"
      ? [
          `assumes role ${role} (role_arn with ${source !== undefined ? `source_profile "${source}"` : `credential_source "${data.credential_source}"`})`,
          `fromIni${byProfile} or fromTemporaryCredentials({ params: { RoleArn: ${JSON.stringify(role)} } })`,
        ]
      : kind === "web-identity"
        ? [
            `assumes role ${role} with the web identity token in ${tokenFile}`,
            `fromIni${byProfile} or fromTokenFile({ webIdentityTokenFile: ${JSON.stringify(tokenFile)}, roleArn: ${JSON.stringify(role)} })`,
          ]
        : kind === "sso"
          ? ["signs in with IAM Identity Center (SSO)", `fromSSO${byProfile}`]
          : ["signs in with login_session (aws login)", `fromLoginCredentials${byProfile}`];
  return unsupportedProviderError(
    `Profile ${profile} ${what}`,
    use,
    ` (or fromNodeProviderChain${byProfile}, the SDK's whole chain)`,
    `fromNodeProviderChain${byProfile}`,
  );
}
