import type { Logger } from "@smithy/types";
import type { ConfigLoadOptions } from "../config/config-options.js";
import { loadSharedConfig } from "../config/load-shared-config.js";
import { classifyProfile } from "./classify-profile.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import { toCredentials, type SourcedCredentials } from "./credential-source.js";
import { fromCredentialProcess } from "./from-credential-process.js";
import { unsupportedProfileError } from "./unsupported-profile-error.js";

/** Options for {@link fromSharedFiles}. */
export interface SharedFilesCredentialOptions extends ConfigLoadOptions {
  /** Receives debug messages. */
  logger?: Logger;
}

/**
 * Reads credentials for the selected profile from the shared config and credentials files (the credentials file wins
 * per key): static keys (`aws_access_key_id`, `aws_secret_access_key`, optional `aws_session_token`,
 * `aws_account_id`, `aws_credential_scope`) or a `credential_process`. A profile that assumes a role, uses web
 * identity, SSO or `login_session` gets an error naming the `@aws-sdk/credential-providers` function to use instead.
 *
 * @example
 * await fromSharedFiles({ profile: "dev" })(); // { accessKeyId: "...", secretAccessKey: "..." }
 */
export const fromSharedFiles =
  (options: SharedFilesCredentialOptions = {}): (() => Promise<SourcedCredentials>) =>
  async () => {
    const { profileName: name, profiles, configFilepath, credentialsFilepath } = await loadSharedConfig(options);
    const data = profiles[name];
    const kind = classifyProfile(data);
    options.logger?.debug?.(`credentials: profile [${name}] is ${kind ?? "not usable"}`);
    if (!data || !kind) {
      throw new CredentialsProviderError(
        `Could not resolve credentials using profile: [${name}] in configuration/credentials file(s).` +
          ` (${data ? "it has no credentials" : "no such profile"} in ${configFilepath} or ${credentialsFilepath})`,
      );
    }
    if (kind === "static") {
      return toCredentials({ CREDENTIALS_PROFILE: "n" }, data.aws_access_key_id!, data.aws_secret_access_key!, {
        sessionToken: data.aws_session_token,
        credentialScope: data.aws_credential_scope,
        accountId: data.aws_account_id,
      });
    }
    if (kind === "process") return fromCredentialProcess(name, data, options.env)();
    throw unsupportedProfileError(kind, name, data);
  };
