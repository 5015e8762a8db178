import type { IniSection } from "@smithy/types";
import { loadSharedConfig } from "../config/load-shared-config.js";
import type { CredentialChainContext } from "./chain-context.js";
import { classifyProfile } from "./classify-profile.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import { toCredentials, type SourcedCredentials } from "./credential-source.js";

/** Options for {@link fromSharedFiles}: the profile and environment, and what STS/SSO calls need from the client. */
export interface SharedFilesCredentialOptions extends Partial<CredentialChainContext> {
  /** The profile to use. @default env.AWS_PROFILE, then "default" */
  profile?: string;
}

/** A profile's static keys as the SDK's `resolveStaticCredentials` returns them. */
export const staticProfileCredentials = (data: IniSection): SourcedCredentials =>
  toCredentials({ CREDENTIALS_PROFILE: "n" }, data.aws_access_key_id!, data.aws_secret_access_key!, {
    sessionToken: data.aws_session_token,
    credentialScope: data.aws_credential_scope,
    accountId: data.aws_account_id,
  });

/**
 * Reads credentials for the selected profile from the shared config and credentials files (the credentials file wins
 * per key): static keys (`aws_access_key_id`, `aws_secret_access_key`, optional `aws_session_token`,
 * `aws_account_id`, `aws_credential_scope`) or a `credential_process`, else, loaded only then, role assumption, web
 * identity, IAM Identity Center (SSO) or an `aws login` session (see `resolveProfileCredentials`).
 *
 * @example
 * await fromSharedFiles({ profile: "dev" })(); // { accessKeyId: "...", secretAccessKey: "..." }
 */
export const fromSharedFiles =
  (options: SharedFilesCredentialOptions = {}): (() => Promise<SourcedCredentials>) =>
  async () => {
    const shared = await loadSharedConfig(options);
    const { profileName: name, profiles, configFilepath, credentialsFilepath } = shared;
    const data = profiles[name];
    const kind = classifyProfile(data);
    options.logger?.debug?.(`credentials: profile [${name}] is ${kind ?? "not usable"}`);
    if (!data || !kind) {
      throw new CredentialsProviderError(
        `Could not resolve credentials using profile: [${name}] in configuration/credentials file(s).` +
          ` (${data ? "it has no credentials" : "no such profile"} in ${configFilepath} or ${credentialsFilepath})`,
      );
    }
    if (kind === "static") return staticProfileCredentials(data);
    if (kind === "process") return (await import("./from-credential-process.js")).fromCredentialProcess(name, data, options.env)();
    const { resolveProfileCredentials } = await import("./resolve-profile-credentials.js");
    return resolveProfileCredentials(name, shared, { ...options, env: options.env ?? process.env });
  };
