import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromEc2InstanceMetadata } from "../../src/credentials/from-ec2-instance-metadata.js";
import { imdsSettings } from "../../src/credentials/imds-settings.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";
import { credentialsBody, imdsHandler, startFakeServer, type FakeServer } from "./support/fake-server.js";

const inAnHour = new Date(Date.now() + 3_600_000);
inAnHour.setMilliseconds(0);
let server: FakeServer;
const noFiles = tempAwsHome();
const env = () => ({ HOME: noFiles.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: server.url });
const calls = () => server.requests.map((r) => `${r.method} ${r.url} ${r.headers["x-aws-ec2-metadata-token"] ?? "-"}`);
const silent = { debug() {}, info() {}, warn() {}, error() {} };

beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(async () => {
  await server.close();
  removeTempAwsHomes();
});

describe("fromEc2InstanceMetadata", () => {
  it("uses the IMDSv2 token flow and returns the role's credentials, AccountId included", async () => {
    server.requests.length = 0;
    server.handler = imdsHandler({ requireToken: true, body: () => credentialsBody(inAnHour, { AccountId: "123456789012" }) });
    expect(await fromEc2InstanceMetadata({ env: env() })()).toEqual({
      accessKeyId: "ASIAFAKE",
      secretAccessKey: "fake-secret",
      sessionToken: "fake-token",
      expiration: inAnHour,
      accountId: "123456789012",
    });
    expect(calls()).toEqual([
      "PUT /latest/api/token -",
      "GET /latest/meta-data/iam/security-credentials/ IMDS-TOKEN",
      "GET /latest/meta-data/iam/security-credentials/my-role IMDS-TOKEN",
    ]);
    expect(server.requests[0]!.headers["x-aws-ec2-metadata-token-ttl-seconds"]).toBe("21600");
  });

  it("switches to IMDSv1 for good after a 403/404/405 token answer", async () => {
    server.requests.length = 0;
    server.handler = imdsHandler({ tokenStatus: 404, body: () => credentialsBody(inAnHour) });
    const provider = fromEc2InstanceMetadata({ env: env() });
    await provider();
    await provider();
    expect(calls()).toEqual([
      "PUT /latest/api/token -",
      "GET /latest/meta-data/iam/security-credentials/ -",
      "GET /latest/meta-data/iam/security-credentials/my-role -",
      "GET /latest/meta-data/iam/security-credentials/ -",
      "GET /latest/meta-data/iam/security-credentials/my-role -",
    ]);
  });

  it("uses IMDSv1 only for the current call after another token failure", async () => {
    server.requests.length = 0;
    server.handler = imdsHandler({ tokenStatus: 500, body: () => credentialsBody(inAnHour) });
    const provider = fromEc2InstanceMetadata({ env: env() });
    await provider();
    await provider();
    expect(calls().filter((c) => c.startsWith("PUT"))).toHaveLength(2);
  });

  it("fails on a 400 token answer", async () => {
    server.handler = imdsHandler({ tokenStatus: 400, body: () => credentialsBody(inAnHour) });
    await expect(fromEc2InstanceMetadata({ env: env() })()).rejects.toThrowError("EC2 Metadata token request returned error");
  });

  it.each([
    [{ AWS_EC2_METADATA_V1_DISABLED: "true" }, "", "process environment variable (AWS_EC2_METADATA_V1_DISABLED)"],
    [{}, "[default]\nec2_metadata_v1_disabled = true\n", "config file profile (ec2_metadata_v1_disabled)"],
  ])("refuses the IMDSv1 fallback when it is blocked (%j)", async (extraEnv, config, cause) => {
    server.handler = imdsHandler({ tokenStatus: 403, body: () => credentialsBody(inAnHour) });
    const files = tempAwsHome({ config });
    const error = await fromEc2InstanceMetadata({ env: { ...env(), HOME: files.home, ...extraEnv } })().catch((e: Error) => e);
    expect(error).toMatchObject({ name: "InstanceMetadataV1FallbackError", tryNextLink: true });
    expect((error as Error).message).toContain(`AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${cause}].`);
  });

  it("does not let the profile block IMDSv1 when the variable says false", async () => {
    server.handler = imdsHandler({ tokenStatus: 403, body: () => credentialsBody(inAnHour) });
    const files = tempAwsHome({ config: "[default]\nec2_metadata_v1_disabled = true\n" });
    const provider = fromEc2InstanceMetadata({ env: { ...env(), HOME: files.home, AWS_EC2_METADATA_V1_DISABLED: "false" } });
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "ASIAFAKE" });
  });

  it("rejects a credentials document without the required fields", async () => {
    server.handler = imdsHandler({ body: () => JSON.stringify({ AccessKeyId: "a" }) });
    await expect(fromEc2InstanceMetadata({ env: env() })()).rejects.toThrowError(/response not of the required format/);
  });

  it("extends credentials that arrive expired, with a warning (static stability)", async () => {
    const expired = new Date(Date.now() - 60_000);
    server.handler = imdsHandler({ body: () => credentialsBody(expired) });
    const warnings: string[] = [];
    const credentials = await fromEc2InstanceMetadata({ env: env(), logger: { ...silent, warn: (m: string) => warnings.push(m) } })();
    expect(credentials.expiration!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    expect((credentials as { originalExpiration?: Date }).originalExpiration?.toISOString()).toBe(expired.toISOString().replace(/\.\d{3}Z$/, ".000Z"));
    expect(warnings[0]).toMatch(/^Attempting credential expiration extension/);
  });

  it("serves the last credentials, extended, when a later refresh fails", async () => {
    server.handler = imdsHandler({ body: () => credentialsBody(inAnHour) });
    const provider = fromEc2InstanceMetadata({ env: env(), logger: silent });
    const first = await provider();
    server.handler = (_, res) => {
      res.statusCode = 500;
      res.end();
    };
    const second = await provider();
    expect(second.accessKeyId).toBe(first.accessKeyId);
    expect(second.expiration!.getTime()).toBeLessThan(first.expiration!.getTime());
  });

  it("reports an unreachable service as a failure the chain can pass over", async () => {
    const closed = await startFakeServer();
    await closed.close();
    await expect(fromEc2InstanceMetadata({ env: { HOME: noFiles.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: closed.url }, timeoutMs: 10_000 })()).rejects.toMatchObject({
      name: "CredentialsProviderError",
      tryNextLink: true,
      message: "Unable to connect to instance metadata service (ECONNREFUSED)",
    });
  });
});

describe("imdsSettings", () => {
  it("takes the endpoint from the environment, then the profile, then the mode", async () => {
    const files = tempAwsHome({ config: "[default]\nec2_metadata_service_endpoint = http://profile:1\n[profile six]\nec2_metadata_service_endpoint_mode = IPv6\n[profile bad]\nec2_metadata_service_endpoint_mode = IPv5\n" });
    expect((await imdsSettings({ env: { ...files.env, AWS_EC2_METADATA_SERVICE_ENDPOINT: "http://env:2" } })).endpoint).toBe("http://env:2");
    expect((await imdsSettings({ env: files.env })).endpoint).toBe("http://profile:1");
    expect((await imdsSettings({ env: files.env, profile: "six" })).endpoint).toBe("http://[fd00:ec2::254]");
    expect((await imdsSettings({ env: { ...files.env, AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: "IPv4" }, profile: "six" })).endpoint).toBe("http://169.254.169.254");
    await expect(imdsSettings({ env: files.env, profile: "bad" })).rejects.toThrowError("Unsupported endpoint mode: IPv5. Select from IPv4,IPv6");
  });
});
