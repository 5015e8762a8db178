import { afterEach, describe, expect, it } from "vitest";
import { CREDENTIALS, normalizeUserAgent, startClientPair, type ClientPair } from "./support/client-pair.js";
import { expectSameRequest, expectValidSignature } from "./support/compare-requests.js";
import { HTTP_HANDLER } from "./support/http-handler.js";
import { parseAmzDate, parseAuthorization } from "./support/verify-signature.js";

// Headers that depend on client configuration: credentials, user agent, retries, clock offset, Lambda environment.

let pair: ClientPair | undefined;
afterEach(async () => {
  await pair?.close();
  pair = undefined;
});

async function sendOnce(config: Record<string, unknown>, operation: Parameters<ClientPair["run"]>[0] = "CreateEventSourceMapping", input: () => object = () => ({ FunctionName: "f" })) {
  pair = await startClientPair(config);
  const { ours, sdk } = await pair.run(operation, input);
  expect(ours.error).toBeUndefined();
  expect(sdk.error).toBeUndefined();
  expectSameRequest(ours.requests[0]!, sdk.requests[0]!);
  return { ours: ours.requests[0]!, sdk: sdk.requests[0]! };
}

it(`sends through the ${HTTP_HANDLER} handler this run names (vitest.config.ts runs the file with each)`, async () => {
  const { ours, sdk } = await sendOnce({}, "GetEventSourceMapping", () => ({ UUID: "u" }));
  // Only fetch (undici) sends sec-fetch-mode; node:http sends what the client set and `connection`.
  for (const request of [ours, sdk]) expect(request.headers["sec-fetch-mode"]).toBe(HTTP_HANDLER === "fetch" ? "cors" : undefined);
});

describe("signing", () => {
  it("signs the SDK's header list with a session token", async () => {
    const { ours } = await sendOnce({});
    expect(parseAuthorization(String(ours.headers.authorization)).signedHeaders).toEqual([
      "amz-sdk-invocation-id",
      "amz-sdk-request",
      "content-length",
      "content-type",
      "host",
      "x-amz-content-sha256",
      "x-amz-date",
      "x-amz-security-token",
      "x-amz-user-agent",
    ]);
    expect(ours.headers["x-amz-security-token"]).toBe(CREDENTIALS.sessionToken);
    await expectValidSignature(ours);
  });

  it("sends no security token without a session token, and still verifies", async () => {
    const credentials = { accessKeyId: "AKIDNOTOKEN", secretAccessKey: "secret/+=" };
    const { ours, sdk } = await sendOnce({ credentials }, "GetEventSourceMapping", () => ({ UUID: "u" }));
    expect(ours.headers["x-amz-security-token"]).toBeUndefined();
    expect(sdk.headers["x-amz-security-token"]).toBeUndefined();
    await expectValidSignature(ours, credentials);
    await expectValidSignature(sdk, credentials);
  });

  it("accepts an async credentials provider and a region provider", async () => {
    const { ours } = await sendOnce({ credentials: async () => CREDENTIALS, region: async () => "eu-west-1" });
    await expectValidSignature(ours);
  });

  it("signs with the configured clock offset", async () => {
    const { ours, sdk } = await sendOnce({ systemClockOffset: -7_200_000 }, "GetEventSourceMapping", () => ({ UUID: "u" }));
    for (const request of [ours, sdk]) {
      const offset = parseAmzDate(String(request.headers["x-amz-date"])).getTime() - Date.now();
      expect(offset).toBeLessThan(-7_000_000);
      expect(offset).toBeGreaterThan(-7_400_000);
    }
    await expectValidSignature(ours);
  });
});

describe("user agent and retry headers", () => {
  it.each([
    ["a string customUserAgent", { customUserAgent: "my-app/1.2 x" }],
    ["customUserAgent pairs", { customUserAgent: [["my-app", "1.2"], ["other"], ["name/with slash", "v#1"]] }],
    ["a userAgentAppId", { userAgentAppId: "my app id" }],
    ["adaptive retry mode", { retryMode: "adaptive" }],
    ["maxAttempts 5", { maxAttempts: 5 }],
  ])("match the SDK's with %s", async (_name, config) => {
    const { ours } = await sendOnce(config);
    expect(ours.headers["user-agent"]).toMatch(/^lambda-event-source-mappings\/\S+ ua\/2\.1 /);
    await expectValidSignature(ours);
  });

  it("puts the retry mode and credential source in the feature list", async () => {
    const { ours } = await sendOnce({ retryMode: "adaptive", customUserAgent: "app/1" });
    expect(normalizeUserAgent(ours.headers["user-agent"])).toMatch(/ m\/N,F,e app\/1$/);
    expect(ours.headers["x-amz-user-agent"]).toMatch(/^lambda-event-source-mappings\/\S+ app\/1$/);
  });

  it("writes max= from the client's maxAttempts", async () => {
    const { ours } = await sendOnce({ maxAttempts: 7 });
    expect(ours.headers["amz-sdk-request"]).toBe("attempt=1; max=7");
  });
});

describe("recursion detection inside a Lambda function", () => {
  it("forwards the X-Ray trace id unsigned, as the SDK does", async () => {
    const saved = { name: process.env.AWS_LAMBDA_FUNCTION_NAME, trace: process.env._X_AMZN_TRACE_ID };
    process.env.AWS_LAMBDA_FUNCTION_NAME = "caller";
    process.env._X_AMZN_TRACE_ID = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
    try {
      const { ours } = await sendOnce({}, "GetEventSourceMapping", () => ({ UUID: "u" }));
      expect(ours.headers["x-amzn-trace-id"]).toBe(process.env._X_AMZN_TRACE_ID);
      expect(parseAuthorization(String(ours.headers.authorization)).signedHeaders).not.toContain("x-amzn-trace-id");
      await expectValidSignature(ours);
    } finally {
      for (const [key, value] of [["AWS_LAMBDA_FUNCTION_NAME", saved.name], ["_X_AMZN_TRACE_ID", saved.trace]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});

describe("configuration errors at send time", () => {
  it.each([
    ["FIPS with a custom endpoint", { useFipsEndpoint: true }],
    ["dual-stack with a custom endpoint", { useDualstackEndpoint: true }],
    ["a FIPS region with a custom endpoint", { region: "fips-us-east-1" }],
  ])("throws the SDK's message for %s and sends nothing", async (_name, config) => {
    pair = await startClientPair(config);
    const { ours, sdk } = await pair.run("GetEventSourceMapping", () => ({ UUID: "u" }));
    expect(sdk.error?.message).toMatch(/^Invalid Configuration/);
    expect(ours.error?.message).toBe(sdk.error?.message);
    expect(ours.requests).toHaveLength(0);
  });

  it("rejects a credentials provider failure before any request, as the SDK does", async () => {
    pair = await startClientPair({ credentials: async () => Promise.reject(new Error("no creds here")) });
    const { ours, sdk } = await pair.run("GetEventSourceMapping", () => ({ UUID: "u" }));
    expect(ours.error?.message).toBe("no creds here");
    expect(sdk.error?.message).toBe("no creds here");
    expect(ours.requests).toHaveLength(0);
    expect(sdk.requests).toHaveLength(0);
  });
});
