import * as sdk from "@aws-sdk/client-lambda";
import { HttpRequest } from "@smithy/protocol-http";
import type { FinalizeRequestMiddleware, MiddlewareStack } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GetEventSourceMappingCommand, LambdaClient, UpdateEventSourceMappingCommand } from "../../src/index.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

// User middleware placed the usual ways sees at each point what it sees in the SDK's client.

let server: CaptureServer;
beforeEach(async () => {
  server = await startCaptureServer();
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await server.close();
});

type Stack = MiddlewareStack<object, object>;
type Record_ = Record<string, unknown>;

/** What a request looks like to a middleware: header names, and the few values that tell the stage. */
function describeRequest(request: unknown): Record_ {
  if (!HttpRequest.isInstance(request)) return { request: "none" };
  const headers = request.headers;
  return {
    method: request.method,
    path: request.path,
    headers: Object.keys(headers).map((h) => h.toLowerCase()).sort(),
    attempt: headers["amz-sdk-request"],
    signed: "authorization" in headers,
    body: request.body === undefined ? undefined : String(request.body),
  };
}

/** Adds recording middleware at the usual places and returns the log. */
function instrument(stack: Stack): Record_[] {
  const log: Record_[] = [];
  stack.add((next, context) => async (args) => {
    log.push({ at: "initialize", input: { ...(args.input as object) }, clientName: context.clientName, commandName: context.commandName });
    return next(args);
  }, { step: "initialize", name: "userInitialize" });
  const recordAt = (at: string): FinalizeRequestMiddleware<object, object> => (next) => async (args) => {
    log.push({ at, ...describeRequest(args.request) });
    return next(args);
  };
  stack.addRelativeTo(recordAt("after serializer"), { relation: "after", toMiddleware: "serializerMiddleware", name: "userAfterSerializer" });
  stack.add((next) => async (args) => {
    log.push({ at: "build", ...describeRequest(args.request) });
    return next(args);
  }, { step: "build", name: "userBuild" });
  stack.add((next) => async (args) => {
    log.push({ at: "finalize high", ...describeRequest(args.request) });
    return next(args);
  }, { step: "finalizeRequest", priority: "high", name: "userFinalizeHigh" });
  stack.addRelativeTo(recordAt("after retry"), { relation: "after", toMiddleware: "retryMiddleware", name: "userAfterRetry" });
  stack.addRelativeTo(recordAt("before signing"), { relation: "before", toMiddleware: "httpSigningMiddleware", name: "userBeforeSigning" });
  stack.add((next) => async (args) => {
    const result = await next(args);
    log.push({ at: "deserialize", hasOutput: "output" in result && result.output !== undefined, status: (result.response as { statusCode?: number }).statusCode });
    return result;
  }, { step: "deserialize", name: "userDeserialize" });
  return log;
}

describe("user middleware", () => {
  it.each([
    ["GetEventSourceMapping", GetEventSourceMappingCommand, sdk.GetEventSourceMappingCommand, { UUID: "u/1" }],
    ["UpdateEventSourceMapping", UpdateEventSourceMappingCommand, sdk.UpdateEventSourceMappingCommand, { UUID: "u", BatchSize: 5 }],
  ] as const)("%s: sees at every step what the SDK's sees, on every attempt", async (_name, OurCommand, SdkCommand, input) => {
    const config = { region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, endpoint: server.endpoint };
    const logs: Record_[][] = [];
    for (const [client, Command] of [
      [new LambdaClient(config), OurCommand],
      [new sdk.LambdaClient(config), SdkCommand],
    ] as const) {
      const log = instrument(client.middlewareStack as unknown as Stack);
      server.queue({ status: 500, body: "" }, { status: 200, body: '{"UUID":"u"}' });
      await (client.send as (c: unknown) => Promise<unknown>).call(client, new Command({ ...input } as never));
      client.destroy();
      logs.push(log);
    }
    const [ours, theirs] = logs;
    expect(ours).toEqual(theirs);
    expect(ours!.map((entry) => entry.at)).toEqual([
      "initialize",
      "after serializer",
      "build",
      // A high-priority finalizeRequest middleware added after retryMiddleware (also high) runs inside the retry loop.
      "after retry",
      "before signing",
      "finalize high",
      "deserialize",
      "after retry",
      "before signing",
      "finalize high",
      "deserialize",
    ]);
  });

  it("a middleware removed by name is gone, as in the SDK", async () => {
    const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, endpoint: server.endpoint });
    expect(client.middlewareStack.remove("getUserAgentMiddleware")).toBe(true);
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.destroy();
    expect(server.requests[0]!.headers["x-amz-user-agent"]).toBeUndefined();
  });

  it("middleware added after earlier sends takes effect on the next send, as in the SDK", async () => {
    const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, endpoint: server.endpoint });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.middlewareStack.use({
      applyToStack: (stack) =>
        stack.add((next) => async (args) => {
          (args.request as HttpRequest).headers["x-late"] = "1";
          return next(args);
        }, { step: "build", name: "late" }),
    });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.middlewareStack.remove("late");
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.destroy();
    expect(server.requests.map((r) => r.headers["x-late"])).toEqual([undefined, undefined, "1", undefined]);
  });

  it("a command-level middleware applies to that command only", async () => {
    const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, endpoint: server.endpoint });
    const command = new GetEventSourceMappingCommand({ UUID: "u" });
    command.middlewareStack.add((next) => async (args) => {
      (args.request as HttpRequest).headers["x-custom"] = "yes";
      return next(args);
    }, { step: "build" });
    await client.send(command);
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.destroy();
    expect(server.requests.map((r) => r.headers["x-custom"])).toEqual(["yes", undefined]);
  });
});
