import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GetEventSourceMappingCommand, LambdaClient } from "../../src/index.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

// End-to-end config resolution through a real LambdaClient: settings come from a scrubbed
// process.env and real files in a temp folder, never from the developer's own environment.
let server: CaptureServer;
const saved = { ...process.env };
const home = mkdtempSync(join(tmpdir(), "esm-client-config-"));

function useEnv(vars: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith("AWS_") || key === "HOME") delete process.env[key];
  Object.assign(process.env, { HOME: home, AWS_CONFIG_FILE: join(home, "none-config"), AWS_SHARED_CREDENTIALS_FILE: join(home, "none-credentials"), AWS_EC2_METADATA_DISABLED: "true" }, vars);
}
const credentialScope = (): string => /Credential=([^,]+)/.exec(String(server.requests.at(-1)!.headers.authorization))![1]!;

beforeAll(async () => {
  server = await startCaptureServer();
  server.respond({ status: 200, body: JSON.stringify({ UUID: "u", State: "Enabled" }) });
});
afterEach(() => {
  process.env = { ...saved };
});
afterAll(() => server.close());

describe("LambdaClient configuration from the environment and shared files", () => {
  it("takes region and credentials from AWS_REGION and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", async () => {
    useEnv({ AWS_REGION: "eu-west-1", AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "secret" });
    const client = new LambdaClient({ endpoint: server.endpoint });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    expect(credentialScope()).toMatch(/^AKIDENV\/\d{8}\/eu-west-1\/lambda\/aws4_request$/);
    client.destroy();
  });

  it("reads region and static keys from a named profile in real config and credentials files", async () => {
    const config = join(home, "config");
    const credentials = join(home, "credentials");
    writeFileSync(config, "[profile dev]\nregion = ap-southeast-2\n");
    writeFileSync(credentials, "[dev]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n");
    useEnv({ AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials });
    const client = new LambdaClient({ profile: "dev", endpoint: server.endpoint });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    expect(credentialScope()).toMatch(/^AKIDFILE\/\d{8}\/ap-southeast-2\/lambda/);
    client.destroy();
  });

  it("sends to AWS_ENDPOINT_URL_LAMBDA when no endpoint option is given", async () => {
    useEnv({ AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "s", AWS_ENDPOINT_URL_LAMBDA: server.endpoint });
    const client = new LambdaClient({});
    const before = server.requests.length;
    await client.send(new GetEventSourceMappingCommand({ UUID: "env-endpoint" }));
    expect(server.requests.length).toBe(before + 1);
    expect(server.requests.at(-1)!.path).toBe("/2015-03-31/event-source-mappings/env-endpoint");
    client.destroy();
  });

  it("fails with a clear error naming the ways to set a region when none is set", async () => {
    useEnv({ AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "s" });
    const client = new LambdaClient({});
    await expect(client.send(new GetEventSourceMappingCommand({ UUID: "u" }))).rejects.toThrow(/^Region is missing.*AWS_REGION/s);
  });

  it("rejects FIPS together with a custom endpoint with the SDK's message", async () => {
    useEnv({ AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "s" });
    const client = new LambdaClient({ endpoint: server.endpoint, useFipsEndpoint: true });
    await expect(client.send(new GetEventSourceMappingCommand({ UUID: "u" }))).rejects.toThrow("Invalid Configuration: FIPS and custom endpoint are not supported");
  });

  it("honors AWS_MAX_ATTEMPTS", async () => {
    useEnv({ AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "s", AWS_MAX_ATTEMPTS: "2" });
    const client = new LambdaClient({ endpoint: server.endpoint });
    server.queue({ status: 503, body: "{}" }, { status: 503, body: "{}" }, { status: 503, body: "{}" });
    const error = await client.send(new GetEventSourceMappingCommand({ UUID: "u" })).catch((e: unknown) => e);
    expect(error).toMatchObject({ $metadata: { attempts: 2, httpStatusCode: 503 } });
    server.respond({ status: 200, body: JSON.stringify({ UUID: "u", State: "Enabled" }) });
    client.destroy();
  });

  it("resolves the default regional endpoint for the region", async () => {
    useEnv({ AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "s" });
    const client = new LambdaClient({ region: "cn-north-1", useDualstackEndpoint: true, requestHandler: { handle: async (request) => { throw Object.assign(new Error(`host ${request.hostname}`), { name: "ProbeError" }); } } });
    await expect(client.send(new GetEventSourceMappingCommand({ UUID: "u" }))).rejects.toThrow("host lambda.cn-north-1.api.amazonwebservices.com.cn");
  });

  it("re-resolves the endpoint when a region provider answers differently between sends", async () => {
    useEnv({ AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "s" });
    let region = "us-west-2";
    const hosts: string[] = [];
    const client = new LambdaClient({
      region: async () => region,
      requestHandler: { handle: async (request) => { hosts.push(request.hostname); throw Object.assign(new Error("stop"), { name: "ProbeError" }); } },
    });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" })).catch(() => undefined);
    region = "eu-central-1";
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" })).catch(() => undefined);
    expect(hosts).toEqual(["lambda.us-west-2.amazonaws.com", "lambda.eu-central-1.amazonaws.com"]);
  });
});
