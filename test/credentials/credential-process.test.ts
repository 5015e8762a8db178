import { afterAll, describe, expect, it } from "vitest";
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

  it("reports a failing command with its stderr", async () => {
    await expect(run("", {}, 3)).rejects.toThrowError(/Command failed: .*\n.*failing on purpose/s);
  });

  it("is used for a profile that has credential_process, through the shared files", async () => {
    const command = credentialProcessScript(home, "profile-script", { Version: 1, AccessKeyId: "VIA-PROFILE", SecretAccessKey: "SK" });
    const files = tempAwsHome({ config: `[profile proc]\ncredential_process = ${command}\n` });
    expect(await fromSharedFiles({ profile: "proc", env: files.env })()).toMatchObject({ accessKeyId: "VIA-PROFILE" });
  });
});
