import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { LambdaClient, ListEventSourceMappingsCommand } from "../../src/index.js";
import { fromCredentialProcess } from "../../src/credentials/from-credential-process.js";
import { fromSharedFiles } from "../../src/credentials/from-shared-files.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";
import { credentialProcessScript } from "./support/credential-process-script.js";

afterAll(removeTempAwsHomes);

const home = tempAwsHome();
const future = new Date(Date.now() + 3_600_000).toISOString();
const run = (output: unknown, profile: Record<string, string> = {}, exitCode = 0, env: NodeJS.ProcessEnv = home.env) =>
  fromCredentialProcess("p", { credential_process: credentialProcessScript(home, `script-${Math.random()}`, output, exitCode), ...profile }, env)();

describe("credential_process", () => {
  it("runs the command and returns its Version 1 credentials", async () => {
    const credentials = await run({ Version: 1, AccessKeyId: "AK", SecretAccessKey: "SK", SessionToken: "ST", Expiration: future, CredentialScope: "cs" });
    expect(credentials).toEqual({
      accessKeyId: "AK",
      secretAccessKey: "SK",
      sessionToken: "ST",
      expiration: new Date(future),
      credentialScope: "cs",
      $source: { CREDENTIALS_PROCESS: "w", CREDENTIALS_PROFILE_PROCESS: "v" },
    });
  });

  it("takes AccountId from the output, else from the profile", async () => {
    expect((await run({ Version: 1, AccessKeyId: "AK", SecretAccessKey: "SK", AccountId: "1" }, { aws_account_id: "2" })).accountId).toBe("1");
    expect((await run({ Version: 1, AccessKeyId: "AK", SecretAccessKey: "SK" }, { aws_account_id: "2" })).accountId).toBe("2");
  });

  it("gives the command the env it was given, not the test runner's", async () => {
    const credentials = await run('{"Version":1,"AccessKeyId":"{{ENV:MARKER}}","SecretAccessKey":"{{ENV:HOME}}"}', {}, 0, { ...home.env, MARKER: "from-env" });
    expect(credentials).toMatchObject({ accessKeyId: "from-env", secretAccessKey: home.home });
  });

  it.each([
    [{ Version: 2, AccessKeyId: "AK", SecretAccessKey: "SK" }, "Profile p credential_process did not return Version 1."],
    [{ Version: 1, AccessKeyId: "AK" }, "Profile p credential_process returned invalid credentials."],
    [{ Version: 1, AccessKeyId: "AK", SecretAccessKey: "SK", Expiration: "2000-01-01T00:00:00Z" }, "Profile p credential_process returned expired credentials."],
    ["not json", "Profile p credential_process returned invalid JSON."],
  ])("rejects %j with the SDK's message", async (output, message) => {
    await expect(run(output)).rejects.toMatchObject({ name: "CredentialsProviderError", tryNextLink: true, message });
  });

  it("reports a failing command by exit code, never copying its stderr (which may hold secrets) anywhere", async () => {
    const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET";
    const path = home.write("leaky.mjs", `process.stderr.write("token=${secret}"); process.exit(3);`);
    const command = `"${process.execPath}" "${path}"`;
    const error = (await fromCredentialProcess("p", { credential_process: command }, home.env)().catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ name: "CredentialsProviderError", tryNextLink: true });
    expect(error.message).toBe(
      "Profile p credential_process exited with code 3. Its output is not shown because it may contain secrets; run the command yourself to see it.",
    );
    const everything = [error.message, error.stack, JSON.stringify(error), JSON.stringify(Object.entries(error)), String(error.cause), inspect(error, { depth: 9 })];
    for (const text of everything) expect(text).not.toContain(secret);

    // Through the default chain and a client send with a capturing logger: the error, its `failures` and every log line.
    const files = tempAwsHome({ config: `[profile leaky]\ncredential_process = ${command}\n` });
    const logged: unknown[] = [];
    const capture = (...args: unknown[]) => void logged.push(args);
    const client = new LambdaClient({ region: "us-east-1", endpoint: "http://127.0.0.1:9", maxAttempts: 1, logger: { debug: capture, info: capture, warn: capture, error: capture } });
    const previous = { ...process.env };
    Object.assign(process.env, { ...files.env, AWS_PROFILE: "leaky" });
    try {
      const sendError = (await client.send(new ListEventSourceMappingsCommand({})).catch((e: unknown) => e)) as Error;
      expect(sendError.message).toMatch(/credential_process exited with code 3/);
      for (const text of [sendError.message, sendError.stack, JSON.stringify(sendError), inspect(sendError, { depth: 9 }), inspect(logged, { depth: 9 })]) {
        expect(text).not.toContain(secret);
      }
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in previous)) delete process.env[key];
      Object.assign(process.env, previous);
      client.destroy();
    }
  });

  it("is used for a profile that has credential_process, through the shared files", async () => {
    const command = credentialProcessScript(home, "profile-script", { Version: 1, AccessKeyId: "VIA-PROFILE", SecretAccessKey: "SK" });
    const files = tempAwsHome({ config: `[profile proc]\ncredential_process = ${command}\n` });
    expect(await fromSharedFiles({ profile: "proc", env: files.env })()).toMatchObject({ accessKeyId: "VIA-PROFILE" });
  });
});
