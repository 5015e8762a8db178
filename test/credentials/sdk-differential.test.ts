import type { AwsCredentialIdentity } from "@smithy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCredentialProvider } from "../../src/credentials/default-credential-provider.js";
import { fromSharedFiles } from "../../src/credentials/from-shared-files.js";
import { runSdkOracle, type OracleScenario } from "../config/support/sdk-oracle.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";
import { credentialProcessScript } from "./support/credential-process-script.js";
import { credentialsBody, imdsHandler, startFakeServer, type FakeServer } from "./support/fake-server.js";

const inAnHour = new Date(Date.now() + 3_600_000);
inAnHour.setMilliseconds(0);
const files = tempAwsHome();
const empty = tempAwsHome();
let imds: FakeServer;
let container: FakeServer;

type Case = { name: string; env: () => Record<string, string>; sdk: OracleScenario["kind"]; profile?: string };
const cases: Case[] = [
  { name: "environment keys", sdk: "chain", env: () => ({ ...empty.env, AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "S", AWS_SESSION_TOKEN: "T", AWS_CREDENTIAL_EXPIRATION: inAnHour.toISOString(), AWS_ACCOUNT_ID: "123456789012" }) },
  { name: "AWS_PROFILE beats environment keys", sdk: "chain", env: () => ({ ...files.env, AWS_PROFILE: "dev", AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "S" }) },
  { name: "default profile, credentials file winning", sdk: "chain", env: () => files.env },
  { name: "credential_process through the chain", sdk: "chain", env: () => ({ ...files.env, AWS_PROFILE: "proc" }) },
  { name: "credential_process through fromProcess", sdk: "process", profile: "proc", env: () => files.env },
  { name: "static profile through fromIni", sdk: "ini", profile: "dev", env: () => files.env },
  { name: "container endpoint", sdk: "chain", env: () => ({ ...empty.env, AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/v2/creds`, AWS_CONTAINER_AUTHORIZATION_TOKEN: "Bearer t" }) },
  { name: "IMDSv2", sdk: "chain", env: () => ({ HOME: empty.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url }) },
  { name: "failing credential_process falls through to IMDS", sdk: "chain", env: () => ({ HOME: files.home, AWS_PROFILE: "broken", AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url }) },
  { name: "nothing anywhere", sdk: "chain", env: () => ({ ...empty.env, AWS_PROFILE: "missing" }) },
];

function plain(credentials: AwsCredentialIdentity): Record<string, unknown> {
  return JSON.parse(JSON.stringify(credentials)) as Record<string, unknown>;
}

describe("credentials against @aws-sdk/credential-providers fed the same files and environment", () => {
  let sdk: Array<Record<string, unknown>>;
  beforeAll(async () => {
    imds = await startFakeServer(imdsHandler({ requireToken: true, body: () => credentialsBody(inAnHour, { AccessKeyId: "FROM-IMDS", AccountId: "210987654321" }) }));
    container = await startFakeServer((req, res) =>
      res.end(credentialsBody(inAnHour, { AccessKeyId: req.headers.authorization === "Bearer t" ? "FROM-CONTAINER" : "NO-TOKEN" })),
    );
    files.write(".aws/config", [
      "[default]",
      "aws_access_key_id = CONFIG-KEY",
      "aws_secret_access_key = config-secret",
      "aws_account_id = 111111111111",
      "[profile dev]",
      "aws_access_key_id = DEV",
      "aws_secret_access_key = dev-secret",
      "aws_session_token = dev-token",
      "[profile proc]",
      `credential_process = ${credentialProcessScript(files, "diff-proc", { Version: 1, AccessKeyId: "FROM-PROCESS", SecretAccessKey: "S", SessionToken: "T", Expiration: inAnHour.toISOString() })}`,
      "aws_account_id = 999999999999",
      "[profile broken]",
      `credential_process = ${credentialProcessScript(files, "diff-broken", { Version: 2 })}`,
      "",
    ].join("\n"));
    files.write(".aws/credentials", "[default]\naws_access_key_id = CREDENTIALS-KEY\n");
    const scenarios = cases.map((c): OracleScenario => ({
      kind: c.sdk as "chain",
      env: c.env(),
      init: c.profile ? { profile: c.profile } : {},
    }));
    sdk = await runSdkOracle(scenarios);
  });
  afterAll(async () => {
    await imds.close();
    await container.close();
    removeTempAwsHomes();
  });

  it.each(cases.map((c, i) => [c.name, i] as const))("%s", async (_, i) => {
    const c = cases[i]!;
    const expected = sdk[i]!;
    const env = c.env();
    const provider = c.sdk === "chain" ? defaultCredentialProvider({ env }) : fromSharedFiles({ env, profile: c.profile });
    const actual: Record<string, unknown> = await provider().then(plain, (e: Error) => ({ error: e.message }));
    if ("error" in expected) {
      expect(expected.error).toBe("Could not load credentials from any providers");
      expect((actual as { error: string }).error).toMatch(/^Could not load credentials from any providers\. Tried, in order:/);
      return;
    }
    if (c.sdk === "process") {
      // The SDK's fromProcess alone does not add the profile feature letter that the fromIni path adds.
      delete (actual.$source as Record<string, string>).CREDENTIALS_PROFILE_PROCESS;
    }
    expect(actual).toEqual(expected);
  });
});
