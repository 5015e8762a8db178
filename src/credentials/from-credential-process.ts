import type { IniSection } from "@smithy/types";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import { toCredentials, type SourcedCredentials } from "./credential-source.js";

/**
 * Runs a profile's `credential_process` command through `child_process.exec` (a shell, as the SDK does) and validates
 * its output: JSON with `Version: 1`, `AccessKeyId`, `SecretAccessKey`, and optionally `SessionToken`, `Expiration`
 * (already expired is an error), `CredentialScope` and `AccountId` (falling back to the profile's `aws_account_id`).
 * The command gets `env` as its environment. Failures are `CredentialsProviderError`s with the SDK's messages, e.g.
 * `Profile dev credential_process did not return Version 1.` A command that fails is reported by exit code only: its
 * stderr is never copied into the error (it may hold secrets).
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
        exec(command, { env }, (error, out) => (error ? reject(commandFailed(profileName, error)) : resolve(String(out)))),
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
      // Our own errors only: `commandFailed` already dropped exec's error, whose message carries the command's stderr.
      throw error instanceof CredentialsProviderError ? error : new CredentialsProviderError((error as Error).message, { cause: error });
    }
  };

/**
 * The error for a `credential_process` command that failed to run or exited non-zero. Unlike the SDK (which copies
 * exec's message, stderr included), it names only the exit code or signal: a credential helper's stderr can hold the
 * very secret and token it was about to print, and this message reaches logs, stacks and `JSON.stringify(error)`.
 * exec's error is not kept as `cause` for the same reason.
 */
function commandFailed(profileName: string, error: Error & { code?: unknown; signal?: unknown }): CredentialsProviderError {
  const how =
    typeof error.code === "number"
      ? `exited with code ${error.code}`
      : error.signal
        ? `was ended by signal ${String(error.signal)}`
        : `could not be run${typeof error.code === "string" ? ` (${error.code})` : ""}`;
  return new CredentialsProviderError(
    `Profile ${profileName} credential_process ${how}. Its output is not shown because it may contain secrets; run the command yourself to see it.`,
  );
}
