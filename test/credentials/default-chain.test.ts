import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCredentialProvider } from "../../src/credentials/default-credential-provider.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";
import { credentialProcessScript } from "./support/credential-process-script.js";
import { credentialsBody, imdsHandler, startFakeServer, type FakeServer } from "./support/fake-server.js";

const inAnHour = new Date(Date.now() + 3_600_000);
let imds: FakeServer;
let container: FakeServer;
const files = tempAwsHome();
// Generous: these servers answer at once, and a loaded machine must not turn a slow answer into a failure.
const fast = { timeoutMs: 10_000, maxRetries: 0 };

beforeAll(async () => {
  imds = await startFakeServer(imdsHandler({ body: () => credentialsBody(inAnHour, { AccessKeyId: "FROM-IMDS" }) }));
  container = await startFakeServer((_, res) => res.end(credentialsBody(inAnHour, { AccessKeyId: "FROM-CONTAINER" })));
  files.write(
    ".aws/config",
    [
      "[default]",
      "aws_access_key_id = FROM-PROFILE",
      "aws_secret_access_key = s",
      "[profile proc]",
      `credential_process = ${credentialProcessScript(files, "chain-proc", { Version: 1, AccessKeyId: "FROM-PROCESS", SecretAccessKey: "s" })}`,
      "[profile broken-proc]",
      `credential_process = ${credentialProcessScript(files, "chain-broken", "nope")}`,
      "[profile sso]",
      "sso_session = corp",
      "[profile nothing]",
      "region = us-east-1",
      "",
    ].join("\n"),
  );
});
afterAll(async () => {
  await imds.close();
  await container.close();
  removeTempAwsHomes();
});

const keys = { AWS_ACCESS_KEY_ID: "FROM-ENV", AWS_SECRET_ACCESS_KEY: "s" };
const withImds = () => ({ HOME: files.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url });
const id = async (env: Record<string, string>, options: { profile?: string } = {}) =>
  (await defaultCredentialProvider({ env, ...fast, ...options })()).accessKeyId;

describe("defaultCredentialProvider order", () => {
  it("uses environment keys first", async () => {
    expect(await id({ ...withImds(), ...keys })).toBe("FROM-ENV");
  });

  it("skips environment keys when a profile is selected, warning once", async () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    const env = { ...withImds(), ...keys, AWS_PROFILE: "default" };
    expect((await defaultCredentialProvider({ env, logger, ...fast })()).accessKeyId).toBe("FROM-PROFILE");
    expect((await defaultCredentialProvider({ env: withImds(), profile: "proc", logger, ...fast })()).accessKeyId).toBe("FROM-PROCESS");
    await defaultCredentialProvider({ env, logger, ...fast })();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Both a profile ("default") and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY are set');
  });

  it("then the shared files, including credential_process", async () => {
    expect(await id(withImds())).toBe("FROM-PROFILE");
    expect(await id({ ...withImds(), AWS_PROFILE: "proc" })).toBe("FROM-PROCESS");
  });

  it("stops at a web identity configuration whose token file is missing (the SDK's ENOENT error), before container or IMDS", async () => {
    imds.requests.length = 0;
    const env = { ...withImds(), AWS_PROFILE: "nothing", AWS_WEB_IDENTITY_TOKEN_FILE: "/nonexistent/lesm/token", AWS_ROLE_ARN: "arn:aws:iam::1:role/r" };
    await expect(id(env)).rejects.toMatchObject({ code: "ENOENT", message: "ENOENT: no such file or directory, open '/nonexistent/lesm/token'" });
    expect(imds.requests).toEqual([]);
  });

  it("stops at an SSO profile without a cached token, saying to run aws sso login, without contacting IMDS", async () => {
    imds.requests.length = 0;
    await expect(id(withImds(), { profile: "sso" })).rejects.toMatchObject({ tryNextLink: false, message: expect.stringMatching(/Run: aws sso login --profile sso$/) });
    expect(imds.requests).toEqual([]);
  });

  it("uses the container endpoint when its variables are set, and then never IMDS", async () => {
    imds.requests.length = 0;
    const env = { ...withImds(), AWS_PROFILE: "nothing", AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds` };
    expect(await id(env)).toBe("FROM-CONTAINER");
    container.handler = (_, res) => {
      res.statusCode = 500;
      res.end();
    };
    await expect(id(env)).rejects.toThrowError(/container credentials .*Server responded with status: 500/);
    expect(imds.requests).toEqual([]);
  });

  it("falls through a failing credential_process to IMDS, as the SDK does", async () => {
    expect(await id({ ...withImds(), AWS_PROFILE: "broken-proc" })).toBe("FROM-IMDS");
  });

  it("uses IMDS last", async () => {
    expect(await id({ ...withImds(), AWS_PROFILE: "nothing" })).toBe("FROM-IMDS");
  });
});

describe("defaultCredentialProvider failure", () => {
  it("names every source tried and why each failed", async () => {
    const env = { HOME: files.home, AWS_PROFILE: "nothing", AWS_EC2_METADATA_DISABLED: "true" };
    const error = await defaultCredentialProvider({ env, ...fast })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "CredentialsProviderError", tryNextLink: false });
    expect((error as Error).message).toBe(
      [
        "Could not load credentials from any providers. Tried, in order:",
        '  - environment variables: skipped because profile "nothing" is selected',
        `  - shared config files (profile "nothing"): Could not resolve credentials using profile: [nothing] in configuration/credentials file(s). (it has no credentials in ${files.configFile} or ${files.credentialsFile})`,
        "  - web identity token (AWS_WEB_IDENTITY_TOKEN_FILE): AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set",
        "  - EC2 instance metadata: access disabled by AWS_EC2_METADATA_DISABLED=true",
        "Set credentials in one of these places, or pass `credentials` to the client (see docs/configuration.md).",
      ].join("\n"),
    );
    expect((error as { failures: unknown[] }).failures).toHaveLength(4);
  });

  it("includes why IMDS failed when it was tried", async () => {
    const closed = await startFakeServer();
    await closed.close();
    const env = { HOME: tempAwsHome().home, AWS_EC2_METADATA_SERVICE_ENDPOINT: closed.url };
    await expect(defaultCredentialProvider({ env, ...fast })()).rejects.toThrowError(
      /  - environment variables: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set\n.*\n.*\n  - EC2 instance metadata \(IMDS\): Unable to connect to instance metadata service \(ECONNREFUSED\)/,
    );
  });

  it("caches credentials across calls", async () => {
    imds.requests.length = 0;
    const provider = defaultCredentialProvider({ env: { ...withImds(), AWS_PROFILE: "nothing" }, ...fast });
    await provider();
    await provider();
    expect(imds.requests).toHaveLength(3);
  });
});
