import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildMiddleware } from "@smithy/types";
import { GetEventSourceMappingCommand, LambdaClient } from "../../src/index.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

// The client reuses the handler chain of a command class while its stack is untouched; these
// tests pin down that every way of changing the chain still takes effect, as with the SDK.
let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
  server.respond({ status: 200, body: JSON.stringify({ UUID: "u", State: "Enabled" }) });
});
afterAll(() => server.close());

const newClient = () =>
  new LambdaClient({ region: "us-east-1", endpoint: server.endpoint, credentials: { accessKeyId: "a", secretAccessKey: "s" } });
const tagHeader = (value: string): BuildMiddleware<object, object> => (next) => async (args) => {
  (args.request as { headers: Record<string, string> }).headers["x-test-tag"] = value;
  return next(args);
};

describe("handler chain caching", () => {
  it("applies client middleware added after earlier sends", async () => {
    const client = newClient();
    await client.send(new GetEventSourceMappingCommand({ UUID: "one" }));
    client.middlewareStack.add(tagHeader("late") as never, { step: "build", name: "lateTag" });
    server.requests.length = 0;
    await client.send(new GetEventSourceMappingCommand({ UUID: "two" }));
    expect(server.requests[0]!.headers["x-test-tag"]).toBe("late");
    client.middlewareStack.remove("lateTag");
    server.requests.length = 0;
    await client.send(new GetEventSourceMappingCommand({ UUID: "three" }));
    expect(server.requests[0]!.headers["x-test-tag"]).toBeUndefined();
    client.destroy();
  });

  it("applies per-command middleware without leaking it into later commands", async () => {
    const client = newClient();
    await client.send(new GetEventSourceMappingCommand({ UUID: "warm" }));
    const command = new GetEventSourceMappingCommand({ UUID: "tagged" });
    command.middlewareStack.add(tagHeader("command") as never, { step: "build" });
    server.requests.length = 0;
    await client.send(command);
    await client.send(new GetEventSourceMappingCommand({ UUID: "plain" }));
    expect(server.requests.map((r) => r.headers["x-test-tag"])).toEqual(["command", undefined]);
    client.destroy();
  });

  it("sends each cached-path request with its own input and a fresh invocation id", async () => {
    const client = newClient();
    server.requests.length = 0;
    await Promise.all(["a", "b", "c"].map((UUID) => client.send(new GetEventSourceMappingCommand({ UUID }))));
    expect(server.requests.map((r) => r.path).sort()).toEqual(["a", "b", "c"].map((u) => `/2015-03-31/event-source-mappings/${u}`));
    expect(new Set(server.requests.map((r) => r.headers["amz-sdk-invocation-id"])).size).toBe(3);
    client.destroy();
  });

  it("honors per-send options such as an abort signal", async () => {
    const client = newClient();
    await client.send(new GetEventSourceMappingCommand({ UUID: "warm" }));
    const controller = new AbortController();
    controller.abort();
    await expect(client.send(new GetEventSourceMappingCommand({ UUID: "x" }), { abortSignal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    client.destroy();
  });
});
