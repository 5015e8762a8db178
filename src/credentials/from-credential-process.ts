import type { IniSection } from "@smithy/types";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import { toCredentials, type SourcedCredentials } from "./credential-source.js";

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
export const fromCredentialProcess =
  (profileName: string, profile: IniSection, env: NodeJS.ProcessEnv = process.env): (() => Promise<SourcedCredentials>) =>
  async () => {
    const command = profile.credential_process;
    if (command === undefined) throw new CredentialsProviderError(`Profile ${profileName} did not contain credential_process.`);
    const problem = (what: string) => new Error(`Profile ${profileName} credential_process ${what}.`);
    try {
      const { exec } = await import("node:child_process");
      const stdout = await new Promise<string>((resolve, reject) =>
        exec(command, { env }, (error, out) => (error ? reject(error) : resolve(String(out)))),
      );
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(stdout.trim()) ?? {};
      } catch {
        throw problem("returned invalid JSON");
      }
      const { Version, AccessKeyId, SecretAccessKey, Expiration } = data;
      if (Version !== 1) throw problem("did not return Version 1");
      if (AccessKeyId === undefined || SecretAccessKey === undefined) throw problem("returned invalid credentials");
      if (Expiration && new Date(String(Expiration)) < new Date()) throw problem("returned expired credentials");
      const text = (value: unknown) => (value ? String(value) : undefined);
      return toCredentials({ CREDENTIALS_PROCESS: "w", CREDENTIALS_PROFILE_PROCESS: "v" }, String(AccessKeyId), String(SecretAccessKey), {
        sessionToken: text(data.SessionToken),
        expiration: text(Expiration),
        credentialScope: text(data.CredentialScope),
        accountId: text(data.AccountId || profile.aws_account_id),
      });
    } catch (error) {
      throw new CredentialsProviderError((error as Error).message, { cause: error });
    }
  };
