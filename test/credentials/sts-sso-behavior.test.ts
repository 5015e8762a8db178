import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LambdaClient } from "../../src/index.js";
import { defaultCredentialProvider } from "../../src/credentials/default-credential-provider.js";
import { removeTempAwsHomes } from "../config/support/temp-aws-home.js";
import { EXPIRATION, homeWithConfig, scenarioAnswer, secretFor, writeSsoToken } from "./support/aws-scenario.js";
import { startFakeAwsServices, type FakeAwsServices } from "./support/fake-aws-services.js";
import { credentialsBody, imdsHandler, startFakeServer, type FakeServer } from "./support/fake-server.js";

const ROLE = "arn:aws:iam::123456789012:role";
let fake: FakeAwsServices;
let imds: FakeServer;
let container: FakeServer;
const ssoTokens = new Set<string>();
let caseNo = 0;
/** A fresh endpoint path per test, so each test sees only its own requests. */
const endpoint = () => {
  const id = `b${caseNo++}`;
  return { url: `${fake.url}/case-${id}`, seen: () => fake.requests.filter((r) => r.caseId === id) };
};

beforeAll(async () => {
  fake = await startFakeAwsServices();
  fake.knownCredentials.set("AKIASOURCE", { accessKeyId: "AKIASOURCE", secretAccessKey: "secret-of-AKIASOURCE" });
  const answer = scenarioAnswer(fake, ssoTokens);
  fake.answer = answer;
  imds = await startFakeServer(imdsHandler({ requireToken: true, body: () => credentialsBody(EXPIRATION, { AccessKeyId: "ASIAIMDS", SecretAccessKey: secretFor("ASIAIMDS"), Token: "imds-token" }) }));
  container = await startFakeServer((_, res) => res.end(credentialsBody(EXPIRATION, { AccessKeyId: "ASIAECS", SecretAccessKey: secretFor("ASIAECS"), Token: "ecs-token" })));
  for (const id of ["ASIAIMDS", "ASIAECS"]) fake.knownCredentials.set(id, { accessKeyId: id, secretAccessKey: secretFor(id) });
});
afterAll(async () => {
  await Promise.all([fake.close(), imds.close(), container.close()]);
  removeTempAwsHomes();
});

describe("web identity", () => {
  it("reads the token file again on every refresh (EKS rotates it)", async () => {
    const home = homeWithConfig([]);
    const { url, seen } = endpoint();
    const tokenFile = home.write("token", "first");
    const provider = defaultCredentialProvider({ env: { ...home.env, AWS_ENDPOINT_URL_STS: url, AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: `${ROLE}/pod` }, clientRegion: async () => "us-east-1" });
    expect((await provider()).accessKeyId).toBe("ASIAPOD-first");
    writeFileSync(tokenFile, "second");
    expect((await provider({ forceRefresh: true })).accessKeyId).toBe("ASIAPOD-second");
    expect(seen().map((r) => r.form.WebIdentityToken)).toEqual(["first", "second"]);
  });

  it("makes one STS call for many concurrent first sends, and memoizes the result", async () => {
    const home = homeWithConfig([]);
    const { url, seen } = endpoint();
    const env = { ...home.env, AWS_ENDPOINT_URL: url, AWS_WEB_IDENTITY_TOKEN_FILE: home.write("token", "t"), AWS_ROLE_ARN: `${ROLE}/shared` };
    const provider = defaultCredentialProvider({ env, clientRegion: async () => "us-east-1" });
    const all = await Promise.all(Array.from({ length: 8 }, () => provider()));
    expect(new Set(all.map((c) => c.accessKeyId))).toEqual(new Set(["ASIASHARED-t"]));
    await provider();
    expect(seen()).toHaveLength(1);
    expect(all[0]!.expiration).toEqual(EXPIRATION);
  });

  it("retries a 500 from STS with this library's retry strategy, then succeeds", async () => {
    const home = homeWithConfig([]);
    const { url, seen } = endpoint();
    let calls = 0;
    const answer = fake.answer;
    fake.answer = (request) => (request.caseId && url.endsWith(request.caseId) && calls++ === 0 ? { status: 500, body: "<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code><Message>try again</Message></Error></ErrorResponse>" } : answer(request));
    try {
      const env = { ...home.env, AWS_ENDPOINT_URL: url, AWS_WEB_IDENTITY_TOKEN_FILE: home.write("token", "t"), AWS_ROLE_ARN: `${ROLE}/retried` };
      expect((await defaultCredentialProvider({ env, clientRegion: async () => "us-east-1" })()).accessKeyId).toBe("ASIARETRIED-t");
      expect(seen().map((r) => r.headers["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3"]);
    } finally {
      fake.answer = answer;
    }
  });
});

describe("role profiles", () => {
  it("asks mfaCodeProvider for the code and sends SerialNumber and TokenCode", async () => {
    const home = homeWithConfig(["[profile mfa]", `role_arn = ${ROLE}/mfa`, "source_profile = src", "mfa_serial = arn:aws:iam::123456789012:mfa/me", "[profile src]", "aws_access_key_id = AKIASOURCE", "aws_secret_access_key = secret-of-AKIASOURCE"]);
    const { url, seen } = endpoint();
    const asked: string[] = [];
    const provider = defaultCredentialProvider({
      env: { ...home.env, AWS_ENDPOINT_URL: url },
      profile: "mfa",
      clientRegion: async () => "us-east-1",
      mfaCodeProvider: async (serial) => {
        asked.push(serial);
        return "123456";
      },
    });
    expect((await provider()).accessKeyId).toBe("ASIAMFA");
    expect(asked).toEqual(["arn:aws:iam::123456789012:mfa/me"]);
    expect(seen()[0]!.form).toMatchObject({ SerialNumber: "arn:aws:iam::123456789012:mfa/me", TokenCode: "123456" });
  });

  it.each([
    ["Ec2InstanceMetadata", "ASIAIMDS", () => ({ AWS_EC2_METADATA_DISABLED: "", AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url })],
    ["EcsContainer", "ASIAECS", () => ({ AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds` })],
  ])("credential_source = %s signs AssumeRole with that source's credentials", async (source, key, extra) => {
    const home = homeWithConfig(["[profile r]", `role_arn = ${ROLE}/from-${source.toLowerCase()}`, `credential_source = ${source}`]);
    const { url, seen } = endpoint();
    const credentials = await defaultCredentialProvider({ env: { ...home.env, ...extra(), AWS_ENDPOINT_URL: url }, profile: "r", clientRegion: async () => "eu-central-1" })();
    expect(credentials.accessKeyId).toBe(`ASIAFROM${source.toUpperCase()}`);
    expect(seen().map((r) => r.signature)).toEqual([{ accessKeyId: key, region: "eu-central-1", service: "sts", valid: true }]);
    expect(seen()[0]!.headers["x-amz-security-token"]).toBe(key === "ASIAIMDS" ? "imds-token" : "ecs-token");
  });

  it("is what a LambdaClient uses without credentials: STS in the client's region, through its request handler", async () => {
    const home = homeWithConfig(["[profile cross]", `role_arn = arn:aws:iam::210987654321:role/esm`, "source_profile = src", "[profile src]", "aws_access_key_id = AKIASOURCE", "aws_secret_access_key = secret-of-AKIASOURCE"]);
    const { url, seen } = endpoint();
    const saved = { ...process.env };
    Object.assign(process.env, { ...home.env, AWS_ENDPOINT_URL_STS: url });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_ACCESS_KEY_ID;
    try {
      let handled = 0;
      const client = new LambdaClient({ region: "ap-southeast-2", profile: "cross" });
      const handler = client.config.requestHandler;
      const counting = { handle: (...args: Parameters<typeof handler.handle>) => (handled++, handler.handle(...args)) };
      const counted = new LambdaClient({ region: "ap-southeast-2", profile: "cross", requestHandler: counting });
      const credentials = await counted.config.credentials();
      expect(credentials).toMatchObject({ accessKeyId: "ASIAESM", accountId: "210987654321", expiration: EXPIRATION });
      expect(seen().map((r) => r.signature?.region)).toEqual(["ap-southeast-2"]);
      expect(handled).toBe(1);
      client.destroy();
      counted.destroy();
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe("SSO", () => {
  it("refreshes an expired sso-session token through SSO-OIDC and rewrites the cache as the AWS CLI reads it", async () => {
    const home = homeWithConfig(["[profile dev]", "sso_session = rewrite", "sso_account_id = 123456789012", "sso_role_name = Dev", "[sso-session rewrite]", "sso_region = us-east-1", "sso_start_url = https://rewrite.awsapps.com/start"]);
    const { url, seen } = endpoint();
    const path = writeSsoToken(home, "rewrite", { accessToken: "old", expiresAt: new Date(Date.now() - 1000).toISOString(), clientId: "c", clientSecret: "s", refreshToken: "refresh-rw", region: "us-east-1" });
    const credentials = await defaultCredentialProvider({ env: { ...home.env, AWS_ENDPOINT_URL: url }, profile: "dev" })();
    expect(credentials).toMatchObject({ accessKeyId: "ASIASSODEV", sessionToken: "sso-refreshed-rw", expiration: EXPIRATION });
    const cached = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
    expect(cached).toMatchObject({ accessToken: "refreshed-rw", refreshToken: "refresh-rw-next", clientId: "c", clientSecret: "s", region: "us-east-1" });
    expect(new Date(cached.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 7 * 3_600_000);
    expect(seen().map((r) => r.service)).toEqual(["sso-oidc", "sso"]);
  });
});
