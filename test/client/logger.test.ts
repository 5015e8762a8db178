import * as sdk from "@aws-sdk/client-lambda";
import type { Logger } from "@smithy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetEventSourceMappingCommand, LambdaClient, UpdateEventSourceMappingCommand } from "../../src/index.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

// The logger gets what the SDK's logger gets, and never a credential, token or signature.

const SECRETS = {
  accessKeyId: "AKIDLOGGERTEST",
  secretAccessKey: "Secret/Key+Value=ShouldNeverBeLogged",
  sessionToken: "Session/Token+Value=ShouldNeverBeLogged",
};

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

interface Recorded {
  level: string;
  args: unknown[];
}
function recordingLogger(): { logger: Logger; calls: Recorded[] } {
  const calls: Recorded[] = [];
  const at = (level: string) => (...args: unknown[]) => void calls.push({ level, args });
  return { calls, logger: { trace: at("trace"), debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

/** Every string reachable from a value: own keys (enumerable or not), values, and error messages and stacks. */
function reachableStrings(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === "string") return void out.push(value);
    if (value === null || typeof value !== "object" || seen.has(value) || depth > 12) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) return void out.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("utf8"));
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === "string") out.push(key);
      visit(Object.getOwnPropertyDescriptor(value, key)?.value, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

async function logsOf(respond: Parameters<CaptureServer["respond"]>[0]) {
  const results: Recorded[][] = [];
  for (const [Client, Command] of [
    [LambdaClient, UpdateEventSourceMappingCommand],
    [sdk.LambdaClient, sdk.UpdateEventSourceMappingCommand],
  ] as const) {
    server.respond(respond);
    const { logger, calls } = recordingLogger();
    const client = new Client({ region: "us-east-1", credentials: SECRETS, endpoint: server.endpoint, maxAttempts: 1, logger });
    await (client.send as (c: unknown) => Promise<unknown>).call(client, new Command({ UUID: "u", BatchSize: 5, FunctionName: "f" })).catch(() => {});
    client.destroy();
    results.push(calls);
  }
  return { ours: results[0]!, sdk: results[1]! };
}

describe("logger", () => {
  it("gets one info call with the SDK's fields on success", async () => {
    const { ours, sdk: theirs } = await logsOf({ status: 202, headers: { "x-amzn-requestid": "rid" }, body: '{"UUID":"u","BatchSize":5,"LastModified":1700000000}' });
    expect(ours.filter((c) => c.level === "info")).toEqual(theirs.filter((c) => c.level === "info"));
    expect(ours.filter((c) => c.level === "info")).toEqual([
      {
        level: "info",
        args: [{
          clientName: "LambdaClient",
          commandName: "UpdateEventSourceMappingCommand",
          input: { UUID: "u", BatchSize: 5, FunctionName: "f" },
          output: { UUID: "u", BatchSize: 5, LastModified: new Date(1700000000000) },
          metadata: { httpStatusCode: 202, requestId: "rid", extendedRequestId: undefined, cfId: undefined, attempts: 1, totalRetryDelay: 0 },
        }],
      },
    ]);
    expect(ours.filter((c) => c.level === "error")).toHaveLength(0);
  });

  it("gets one error call with the SDK's fields on failure", async () => {
    const { ours, sdk: theirs } = await logsOf({ status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, body: '{"Message":"nope"}' });
    const [mine] = ours.filter((c) => c.level === "error");
    const [their] = theirs.filter((c) => c.level === "error");
    expect(ours.filter((c) => c.level === "error")).toHaveLength(1);
    const a = mine!.args[0] as Record<string, unknown>;
    const b = their!.args[0] as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect({ ...a, error: undefined }).toEqual({ ...b, error: undefined });
    expect((a.error as Error).name).toBe("ResourceNotFoundException");
    expect((a.error as Error).message).toBe((b.error as Error).message);
  });

  it.each([
    ["a success", { status: 200, body: '{"UUID":"u"}' }],
    ["a service error", { status: 400, headers: { "x-amzn-errortype": "InvalidParameterValueException" }, body: '{"message":"bad"}' }],
    ["a non-JSON error", { status: 502, body: "<html>bad gateway</html>" }],
  ])("never receives a credential, token, signature or Authorization value on %s", async (_name, response) => {
    const { ours } = await logsOf(response);
    expect(ours.length).toBeGreaterThan(0);
    const strings = reachableStrings(ours);
    // The walk reaches the error's hidden $response (its headers), so a leak there would be seen too.
    if (response.status >= 300) expect(strings).toContain("content-type");
    for (const secret of [SECRETS.secretAccessKey, SECRETS.sessionToken, SECRETS.accessKeyId]) {
      expect(strings.some((s) => s.includes(secret)), secret).toBe(false);
    }
    expect(strings.some((s) => /AWS4-HMAC-SHA256|Signature=/.test(s))).toBe(false);
    expect(strings.some((s) => s.toLowerCase() === "authorization" || s.toLowerCase() === "x-amz-security-token")).toBe(false);
  });

  it("defaults to no logging and accepts console-like loggers without every level", async () => {
    server.respond({ status: 200, body: "{}" });
    const infos: unknown[] = [];
    const client = new LambdaClient({ region: "us-east-1", credentials: SECRETS, endpoint: server.endpoint, logger: { info: (x: unknown) => infos.push(x) } as unknown as Logger });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.destroy();
    expect(infos).toHaveLength(1);
    expect(new LambdaClient({}).config.logger).toBeDefined();
  });
});
