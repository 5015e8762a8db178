import type { AwsCredentialIdentity } from "@smithy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCredentialProvider } from "../../src/credentials/default-credential-provider.js";
import { runSdkOracle, type OracleScenario } from "../config/support/sdk-oracle.js";
import { removeTempAwsHomes, type TempAwsHome } from "../config/support/temp-aws-home.js";
import { EXPIRATION, homeWithConfig, scenarioAnswer, secretFor, writeLoginToken, writeSsoToken } from "./support/aws-scenario.js";
import { startFakeAwsServices, type FakeAwsServices, type ServiceRequest } from "./support/fake-aws-services.js";
import { credentialsBody, imdsHandler, startFakeServer, type FakeServer } from "./support/fake-server.js";

// The default chain against @aws-sdk/credential-providers' (run by @aws-sdk/client-lambda's LambdaClient, so STS gets
// the client's region as in real use): the same files and environment, each side in its own temp home (SSO refreshes
// write the cache), both pointed at the same fake STS / SSO / SSO-OIDC / sign-in through AWS_ENDPOINT_URL.

const REGION = "eu-west-1";
const ROLE = "arn:aws:iam::123456789012:role";
const hour = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

interface Case {
  name: string;
  config: string[];
  /** Writes token and cache files into the home; returns extra environment variables. */
  setup?: (home: TempAwsHome) => Record<string, string> | void;
  /** The service sets `expiresIn` seconds from now: the expirations are compared to the clock, not to each other. */
  expiresIn?: number;
  /** How our message may differ from the SDK's, on purpose (see docs/configuration.md). */
  ours?: (sdkMessage: string) => string | RegExp;
}

const staticSource = ["[profile src]", "aws_access_key_id = AKIASOURCE", "aws_secret_access_key = secret-of-AKIASOURCE"];
const ssoSession = (name: string) => [`[sso-session ${name}]`, "sso_region = us-east-2", `sso_start_url = https://${name}.awsapps.com/start`];
const ssoProfile = (session: string) => ["[profile sso]", `sso_session = ${session}`, "sso_account_id = 123456789012", "sso_role_name = Dev", ...ssoSession(session)];
const legacySso = (url: string) => ["[profile sso]", `sso_start_url = ${url}`, "sso_region = us-east-2", "sso_account_id = 123456789012", "sso_role_name = Legacy"];
const webIdentityEnv = (home: TempAwsHome, role = "web") => ({
  AWS_WEB_IDENTITY_TOKEN_FILE: home.write("token", "eks-token-1\n"),
  AWS_ROLE_ARN: `${ROLE}/${role}`,
  AWS_ROLE_SESSION_NAME: "pod-session",
});
const hint = (message: string) => `${message} Run: aws sso login --profile sso`;

const cases: Case[] = [
  { name: "web identity from the environment (EKS IRSA)", config: [], setup: (h) => webIdentityEnv(h) },
  { name: "web identity: missing token file", config: [], setup: (h) => ({ ...webIdentityEnv(h), AWS_WEB_IDENTITY_TOKEN_FILE: "/nonexistent/lesm/no-such-token" }) },
  { name: "web identity: STS answers 403 AccessDenied", config: [], setup: (h) => webIdentityEnv(h, "denied") },
  { name: "web identity: malformed STS XML", config: [], setup: (h) => webIdentityEnv(h, "malformed") },
  {
    name: "web identity from a profile",
    config: ["[profile web]", `role_arn = ${ROLE}/profile-web`, "role_session_name = ci"],
    setup: (h) => {
      h.write(".aws/config", `[profile web]\nrole_arn = ${ROLE}/profile-web\nrole_session_name = ci\nweb_identity_token_file = ${h.write("gh-token", "github-oidc")}\n`);
      return { AWS_PROFILE: "web" };
    },
  },
  { name: "role_arn + source_profile (static keys)", config: ["[profile role]", `role_arn = ${ROLE}/deployer`, "source_profile = src", ...staticSource], setup: () => ({ AWS_PROFILE: "role" }) },
  {
    name: "a chain of three role profiles, all settings",
    config: [
      "[profile top]", `role_arn = arn:aws:iam::210987654321:role/top`, "source_profile = middle", "role_session_name = me", "external_id = ext-42", "duration_seconds = 900", "region = us-west-2",
      "[profile middle]", `role_arn = ${ROLE}/middle`, "source_profile = src",
      ...staticSource,
    ],
    setup: () => ({ AWS_PROFILE: "top" }),
  },
  {
    name: "cyclic source_profile",
    config: ["[profile a]", `role_arn = ${ROLE}/a`, "source_profile = b", "[profile b]", `role_arn = ${ROLE}/b`, "source_profile = a"],
    setup: () => ({ AWS_PROFILE: "a" }),
    ours: (m) => new RegExp(`^${m}\\. Tried, in order:[^]*Detected a cycle attempting to resolve credentials for profile a\\. Profiles visited: b, a`),
  },
  {
    name: "credential_source = Environment",
    config: ["[profile env-role]", `role_arn = ${ROLE}/from-env`, "credential_source = Environment"],
    setup: () => ({ AWS_PROFILE: "env-role", AWS_ACCESS_KEY_ID: "AKIASOURCE", AWS_SECRET_ACCESS_KEY: "secret-of-AKIASOURCE" }),
  },
  {
    name: "credential_source = Ec2InstanceMetadata",
    config: ["[profile imds-role]", `role_arn = ${ROLE}/from-imds`, "credential_source = Ec2InstanceMetadata"],
    setup: () => ({ AWS_PROFILE: "imds-role", AWS_EC2_METADATA_DISABLED: "", AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url }),
  },
  {
    name: "credential_source = EcsContainer",
    config: ["[profile ecs-role]", `role_arn = ${ROLE}/from-ecs`, "credential_source = EcsContainer"],
    setup: () => ({ AWS_PROFILE: "ecs-role", AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds` }),
  },
  {
    name: "credential_source with an unknown value",
    config: ["[profile odd-role]", `role_arn = ${ROLE}/odd`, "credential_source = Lambda"],
    setup: () => ({ AWS_PROFILE: "odd-role" }),
    // The SDK's chain says only its summary; ours adds each source's answer (docs/configuration.md, on purpose).
    ours: (m) => new RegExp(`^${m}\\. Tried, in order:[^]*Unsupported credential source in profile odd-role\\. Got Lambda, expected EcsContainer or Ec2InstanceMetadata or Environment\\.`),
  },
  { name: "AssumeRole: STS answers 403", config: ["[profile role]", `role_arn = ${ROLE}/denied`, "source_profile = src", ...staticSource], setup: () => ({ AWS_PROFILE: "role" }) },
  { name: "AssumeRole: malformed STS XML", config: ["[profile role]", `role_arn = ${ROLE}/malformed`, "source_profile = src", ...staticSource], setup: () => ({ AWS_PROFILE: "role" }) },
  {
    name: "web identity from a profile: missing token file",
    config: ["[profile web]", `role_arn = ${ROLE}/profile-web`, "web_identity_token_file = /nonexistent/lesm/no-such-token"],
    setup: () => ({ AWS_PROFILE: "web" }),
  },
  {
    name: "AssumeRole signed with wrong source credentials",
    config: ["[profile role]", `role_arn = ${ROLE}/deployer`, "source_profile = wrong", "[profile wrong]", "aws_access_key_id = AKIAWRONG", "aws_secret_access_key = nope"],
    setup: () => ({ AWS_PROFILE: "role" }),
  },
  {
    name: "mfa_serial without an MFA code provider",
    config: ["[profile mfa]", `role_arn = ${ROLE}/mfa`, "source_profile = src", "mfa_serial = arn:aws:iam::123456789012:mfa/me", ...staticSource],
    setup: () => ({ AWS_PROFILE: "mfa" }),
    ours: (m) => `${m} Pass mfaCodeProvider: (serial) => Promise<code> to the client.`,
  },
  {
    name: "SSO with an sso-session and a valid cached token",
    config: ssoProfile("valid-session"),
    setup: (h) => void writeSsoToken(h, "valid-session", { accessToken: "cached-valid", expiresAt: hour(2), region: "us-east-2", startUrl: "https://valid-session.awsapps.com/start" }),
  },
  {
    name: "SSO: expired token without a refresh token",
    config: ssoProfile("expired-session"),
    setup: (h) => void writeSsoToken(h, "expired-session", { accessToken: "cached-expired", expiresAt: hour(-1) }),
    ours: hint,
  },
  {
    name: "SSO: expired token refreshed through SSO-OIDC",
    config: ssoProfile("refresh-session"),
    setup: (h) =>
      void writeSsoToken(h, "refresh-session", { accessToken: "cached-old", expiresAt: hour(-1), clientId: "client-1", clientSecret: "client-secret", refreshToken: "refresh-1", registrationExpiresAt: hour(100) }),
  },
  { name: "SSO: no cached token", config: ssoProfile("missing-session"), ours: hint },
  {
    name: "SSO: the cached token is refused by GetRoleCredentials",
    config: ssoProfile("revoked-session"),
    setup: (h) => void writeSsoToken(h, "revoked-session", { accessToken: "revoked", expiresAt: hour(2) }),
  },
  { name: "legacy SSO profile (sso_start_url)", config: legacySso("https://legacy.awsapps.com/start"), setup: (h) => void writeSsoToken(h, "https://legacy.awsapps.com/start", { accessToken: "cached-valid", expiresAt: hour(2) }) },
  { name: "legacy SSO profile: expired token", config: legacySso("https://old.awsapps.com/start"), setup: (h) => void writeSsoToken(h, "https://old.awsapps.com/start", { accessToken: "cached-valid", expiresAt: hour(-2) }), ours: hint },
  {
    name: "aws login session with valid cached credentials",
    config: ["[profile login]", "login_session = arn:aws:iam::123456789012:user/me", "region = us-east-1"],
    setup: (h) => {
      writeLoginToken(h, "arn:aws:iam::123456789012:user/me", EXPIRATION);
      return { AWS_PROFILE: "login" };
    },
  },
  {
    name: "aws login session refreshed through sign-in",
    config: ["[profile login]", "login_session = arn:aws:iam::123456789012:user/old", "region = us-east-1"],
    setup: (h) => {
      writeLoginToken(h, "arn:aws:iam::123456789012:user/old", new Date(Date.now() - 60_000));
      return { AWS_PROFILE: "login" };
    },
    expiresIn: 900,
  },
];

let fake: FakeAwsServices;
let imds: FakeServer;
let container: FakeServer;
const ssoTokens = new Set(["cached-valid"]);

function caseEnv(c: Case, i: number, side: "sdk" | "ours"): Record<string, string> {
  const home = homeWithConfig(c.config);
  const extra = c.setup?.(home) ?? {};
  return { ...home.env, AWS_PROFILE: c.config[0]?.startsWith("[profile sso]") ? "sso" : "", AWS_ENDPOINT_URL: `${fake.url}/case-${side}${i}`, ...extra };
}

const plain = (credentials: AwsCredentialIdentity) => JSON.parse(JSON.stringify(credentials)) as Record<string, unknown>;
/** What a request told the service, without what is random or time-dependent. */
const essence = (r: ServiceRequest) => ({
  service: r.service,
  method: r.method,
  path: r.path,
  query: r.query,
  form: { ...r.form, ...(r.form.RoleSessionName?.startsWith("aws-sdk-js-") && { RoleSessionName: "aws-sdk-js-<time>" }) },
  json: r.json && { ...r.json },
  bearer: r.headers["x-amz-sso_bearer_token"],
  signedBy: r.signature && { accessKeyId: r.signature.accessKeyId, region: r.signature.region, service: r.signature.service, valid: r.signature.valid },
  dpop: typeof r.headers.dpop === "string" ? r.headers.dpop.split(".").length : undefined,
});

describe("the default chain's STS, SSO and login sources against the SDK's fromNodeProviderChain", () => {
  const sdk: Array<Record<string, unknown>> = [];
  const ours: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    fake = await startFakeAwsServices();
    fake.knownCredentials.set("AKIASOURCE", { accessKeyId: "AKIASOURCE", secretAccessKey: "secret-of-AKIASOURCE" });
    fake.answer = scenarioAnswer(fake, ssoTokens);
    imds = await startFakeServer(imdsHandler({ requireToken: true, body: () => credentialsBody(EXPIRATION, { AccessKeyId: "ASIAIMDS", SecretAccessKey: secretFor("ASIAIMDS"), Token: "imds-token" }) }));
    container = await startFakeServer((_, res) => res.end(credentialsBody(EXPIRATION, { AccessKeyId: "ASIAECS", SecretAccessKey: secretFor("ASIAECS"), Token: "ecs-token" })));
    for (const id of ["ASIAIMDS", "ASIAECS"]) fake.knownCredentials.set(id, { accessKeyId: id, secretAccessKey: secretFor(id) });
    const scenarios = cases.map((c, i): OracleScenario => ({ kind: "client", env: caseEnv(c, i, "sdk"), client: { region: REGION } }));
    sdk.push(...(await runSdkOracle(scenarios)));
    for (const [i, c] of cases.entries()) {
      const env = caseEnv(c, i, "ours");
      if (!env.AWS_PROFILE) delete env.AWS_PROFILE;
      ours.push(
        await defaultCredentialProvider({ env, clientRegion: async () => REGION })().then(plain, (e: Error & { tryNextLink?: boolean; $metadata?: { httpStatusCode?: number } }) =>
          JSON.parse(JSON.stringify({ error: e.message, name: e.name, tryNextLink: e.tryNextLink, ...(e.$metadata?.httpStatusCode && { status: e.$metadata.httpStatusCode }) })),
        ),
      );
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all([fake.close(), imds.close(), container.close()]);
    removeTempAwsHomes();
  });

  it.each(cases.map((c, i) => [c.name, i] as const))("%s", (_, i) => {
    const c = cases[i]!;
    const expected = { ...sdk[i]! };
    const actual = { ...ours[i]! };
    if (typeof expected.error === "string" && c.ours) {
      const wanted = c.ours(expected.error);
      expect(actual.error).toMatch(typeof wanted === "string" ? new RegExp(`^${wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : wanted);
      delete expected.error;
      delete actual.error;
    }
    if (c.expiresIn) {
      for (const side of [expected, actual]) {
        const ms = new Date(String(side.expiration)).getTime() - Date.now();
        expect(ms).toBeGreaterThan((c.expiresIn - 300) * 1000);
        expect(ms).toBeLessThanOrEqual(c.expiresIn * 1000);
        delete side.expiration;
      }
    }
    // The SDK's error classes are its own; ours have the same name, message and tryNextLink.
    expect(actual).toEqual(expected);
    const seen = (side: string) => fake.requests.filter((r) => r.caseId === `${side}${i}`).map(essence);
    expect(seen(`ours`)).toEqual(seen("sdk"));
  });

  it("sent what each case needs (the fakes saw real calls, checked)", () => {
    const ourRequests = fake.requests.filter((r) => r.caseId?.startsWith("ours"));
    const byCase = (name: string) => ourRequests.filter((r) => r.caseId === `ours${cases.findIndex((c) => c.name === name)}`);
    expect(byCase("web identity from the environment (EKS IRSA)")).toMatchObject([
      { service: "sts", form: { Action: "AssumeRoleWithWebIdentity", Version: "2011-06-15", RoleArn: `${ROLE}/web`, RoleSessionName: "pod-session", WebIdentityToken: "eks-token-1\n" } },
    ]);
    expect(byCase("web identity from the environment (EKS IRSA)")[0]!.headers.authorization).toBeUndefined();
    expect(byCase("a chain of three role profiles, all settings").map((r) => [r.form.RoleArn, r.signature])).toEqual([
      [`${ROLE}/middle`, { accessKeyId: "AKIASOURCE", region: "us-west-2", service: "sts", valid: true }],
      ["arn:aws:iam::210987654321:role/top", { accessKeyId: "ASIAMIDDLE", region: "us-west-2", service: "sts", valid: true }],
    ]);
    expect(byCase("a chain of three role profiles, all settings")[1]!.form).toMatchObject({ RoleSessionName: "me", ExternalId: "ext-42", DurationSeconds: "900" });
    expect(byCase("SSO: expired token refreshed through SSO-OIDC").map((r) => [r.service, r.json ?? r.headers["x-amz-sso_bearer_token"]])).toEqual([
      ["sso-oidc", { clientId: "client-1", clientSecret: "client-secret", grantType: "refresh_token", refreshToken: "refresh-1" }],
      ["sso", "refreshed-1"],
    ]);
    for (const [name, key] of [["credential_source = Ec2InstanceMetadata", "ASIAIMDS"], ["credential_source = EcsContainer", "ASIAECS"]] as const) {
      expect(byCase(name).map((r) => [r.form.Action, r.signature?.accessKeyId, r.signature?.valid, r.headers["x-amz-security-token"]])).toEqual([["AssumeRole", key, true, key === "ASIAIMDS" ? "imds-token" : "ecs-token"]]);
    }
    expect(byCase("SSO with an sso-session and a valid cached token")).toMatchObject([
      { service: "sso", method: "GET", path: "/federation/credentials", query: { account_id: "123456789012", role_name: "Dev" } },
    ]);
  });
});
