import type { IniSection } from "@smithy/types";

/** How a profile gets its credentials. */
export type ProfileKind = "assume-role" | "static" | "web-identity" | "process" | "sso" | "login";

/**
 * Says how a profile gets credentials, checking in the SDK's `fromIni` order (the first match wins): role assumption
 * (`role_arn` with exactly one of `source_profile`/`credential_source`), static keys, web identity
 * (`web_identity_token_file` with `role_arn`), `credential_process`, SSO (`sso_*`), `login_session`. Returns
 * `undefined` for a profile with none of these (or no profile).
 *
 * @example
 * classifyProfile({ aws_access_key_id: "a", aws_secret_access_key: "b" }); // "static"
 */
export function classifyProfile(data: IniSection | undefined): ProfileKind | undefined {
  if (!data) return undefined;
  const withSource = data.source_profile !== undefined && data.credential_source === undefined;
  const withCredentialSource = data.credential_source !== undefined && data.source_profile === undefined;
  if (data.role_arn !== undefined && (withSource || withCredentialSource)) return "assume-role";
  if (data.aws_access_key_id !== undefined && data.aws_secret_access_key !== undefined) return "static";
  if (data.web_identity_token_file !== undefined && data.role_arn !== undefined) return "web-identity";
  if (data.credential_process !== undefined) return "process";
  if (["sso_start_url", "sso_account_id", "sso_session", "sso_region", "sso_role_name"].some((k) => data[k] !== undefined)) {
    return "sso";
  }
  if (data.login_session) return "login";
  return undefined;
}
