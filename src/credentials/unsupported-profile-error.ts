import type { IniSection } from "@smithy/types";
import type { ProfileKind } from "./classify-profile.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";

/**
 * Builds the error for a profile that needs a credential source this client does not implement (role assumption, web
 * identity, IAM Identity Center / SSO, console login). It names the `@aws-sdk/credential-providers` function to pass
 * as `credentials` instead, and it stops the default chain (`tryNextLink: false`): going on would silently pick up some
 * other identity, such as the instance role.
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
  const [what, use] = describe(kind, profile, data);
  return new CredentialsProviderError(
    `Profile ${profile} ${what}, which this client does not do by itself. Pass credentials: ${use} ` +
      `from "@aws-sdk/credential-providers" (or fromNodeProviderChain({ profile: ${profile} }), the SDK's whole chain), ` +
      `e.g. new LambdaClient({ credentials: fromNodeProviderChain({ profile: ${profile} }) }).`,
    { tryNextLink: false },
  );
}

function describe(kind: Exclude<ProfileKind, "static" | "process">, profile: string, data: IniSection): [string, string] {
  switch (kind) {
    case "assume-role": {
      const from = data.source_profile !== undefined ? `source_profile "${data.source_profile}"` : `credential_source "${data.credential_source}"`;
      return [
        `assumes role ${data.role_arn} (role_arn with ${from})`,
        `fromIni({ profile: ${profile} }) or fromTemporaryCredentials({ params: { RoleArn: ${JSON.stringify(data.role_arn)} } })`,
      ];
    }
    case "web-identity":
      return [
        `assumes role ${data.role_arn} with the web identity token in ${data.web_identity_token_file}`,
        `fromIni({ profile: ${profile} }) or fromTokenFile({ webIdentityTokenFile: ${JSON.stringify(data.web_identity_token_file)}, roleArn: ${JSON.stringify(data.role_arn)} })`,
      ];
    case "sso":
      return ["signs in with IAM Identity Center (SSO)", `fromSSO({ profile: ${profile} })`];
    case "login":
      return ["signs in with login_session (aws login)", `fromLoginCredentials({ profile: ${profile} })`];
  }
}
