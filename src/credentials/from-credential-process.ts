import type { IniSection } from "@smithy/types";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import { withCredentialFeature, type SourcedCredentials } from "./credential-source.js";

/**
 * Runs a profile's `credential_process` command through `child_process.exec` (a shell, as the SDK does) and validates
 * its output: JSON with `Version: 1`, `AccessKeyId`, `SecretAccessKey`, and optionally `SessionToken`, `Expiration`
 * (already expired is an error), `CredentialScope` and `AccountId` (falling back to the profile's `aws_account_id`).
 * The command gets `env` as its environment. Failures are `CredentialsProviderError`s with the SDK's messages, e.g.
 * `Profile dev credential_process did not return Version 1.`
 *
 * @example
 * await fromCredentialProcess("dev", { credential_process: "/usr/local/bin/get-creds --json" })();
 */
export function fromCredentialProcess(
  profileName: string,
  profile: IniSection,
  env: NodeJS.ProcessEnv = process.env,
): () => Promise<SourcedCredentials> {
  return async () => {
    const command = profile.credential_process;
    if (command === undefined) {
      throw new CredentialsProviderError(`Profile ${profileName} did not contain credential_process.`);
    }
    try {
      const { exec } = await import("node:child_process");
      const stdout = await new Promise<string>((resolve, reject) =>
        exec(command, { env }, (error, out) => (error ? reject(error) : resolve(String(out)))),
      );
      let data: unknown;
      try {
        data = JSON.parse(stdout.trim());
      } catch {
        throw new Error(`Profile ${profileName} credential_process returned invalid JSON.`);
      }
      return validate(profileName, data, profile);
    } catch (error) {
      throw new CredentialsProviderError((error as Error).message, { cause: error });
    }
  };
}

function validate(profileName: string, value: unknown, profile: IniSection): SourcedCredentials {
  const data = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  if (data.Version !== 1) throw new Error(`Profile ${profileName} credential_process did not return Version 1.`);
  if (data.AccessKeyId === undefined || data.SecretAccessKey === undefined) {
    throw new Error(`Profile ${profileName} credential_process returned invalid credentials.`);
  }
  if (data.Expiration && new Date(String(data.Expiration)) < new Date()) {
    throw new Error(`Profile ${profileName} credential_process returned expired credentials.`);
  }
  const accountId = data.AccountId || profile.aws_account_id;
  const credentials: SourcedCredentials = {
    accessKeyId: String(data.AccessKeyId),
    secretAccessKey: String(data.SecretAccessKey),
    ...(data.SessionToken ? { sessionToken: String(data.SessionToken) } : {}),
    ...(data.Expiration ? { expiration: new Date(String(data.Expiration)) } : {}),
    ...(data.CredentialScope ? { credentialScope: String(data.CredentialScope) } : {}),
    ...(accountId ? { accountId: String(accountId) } : {}),
  };
  withCredentialFeature(credentials, "CREDENTIALS_PROCESS", "w");
  return withCredentialFeature(credentials, "CREDENTIALS_PROFILE_PROCESS", "v");
}
