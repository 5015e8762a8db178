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
  const has = (key: string) => data[key] !== undefined;
  return has("role_arn") && has("source_profile") !== has("credential_source")
    ? "assume-role"
    : has("aws_access_key_id") && has("aws_secret_access_key")
      ? "static"
      : has("web_identity_token_file") && has("role_arn")
        ? "web-identity"
        : has("credential_process")
          ? "process"
          : ["sso_start_url", "sso_account_id", "sso_session", "sso_region", "sso_role_name"].some(has)
            ? "sso"
            : data.login_session
              ? "login"
              : undefined;
}
