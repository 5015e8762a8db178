import * as sdk from "@aws-sdk/client-lambda";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GetEventSourceMappingCommand, Lambda, LambdaClient, ListEventSourceMappingsCommand, ResourceNotFoundException } from "../../src/index.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";
import { eventually, startHeldServer } from "./support/held-server.js";

// send() in its promise and callback forms, the aggregated Lambda client, destroy() and abortSignal.

const credentials = { accessKeyId: "AKID", secretAccessKey: "SECRET" };
let server: CaptureServer;
const clients: Array<{ destroy(): void }> = [];
beforeEach(async () => {
  server = await startCaptureServer();
  server.respond({ status: 200, body: '{"UUID":"u","State":"Enabled"}' });
});
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  await server.close();
});
function track<T extends { destroy(): void }>(client: T): T {
  clients.push(client);
  return client;
}
const config = () => ({ region: "us-east-1", credentials, endpoint: server.endpoint, maxAttempts: 1 });
const callback = <T>(start: (cb: (err: unknown, data?: T) => void) => unknown) =>
  new Promise<{ err: unknown; data?: T; returned: unknown }>((resolve) => {
    const returned = start((err, data) => setImmediate(() => resolve({ err, data, returned })));
  });

describe("send()", () => {
  it("calls back with the output and returns undefined", async () => {
    const client = track(new LambdaClient(config()));
    const { err, data, returned } = await callback((cb) => client.send(new GetEventSourceMappingCommand({ UUID: "u" }), cb));
    expect(returned).toBeUndefined();
    expect(err).toBeNull();
    expect(data).toMatchObject({ UUID: "u", State: "Enabled", $metadata: { httpStatusCode: 200 } });
  });

  it("calls back with the error, options in between", async () => {
    server.respond({ status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, body: '{"Message":"nope"}' });
    const client = track(new LambdaClient(config()));
    const { err, data } = await callback((cb) => client.send(new GetEventSourceMappingCommand({ UUID: "u" }), {}, cb));
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(data).toBeUndefined();
  });
});

describe("the aggregated Lambda client", () => {
  it("has the SDK's method names", () => {
    const methods = ["createEventSourceMapping", "updateEventSourceMapping", "getEventSourceMapping", "listEventSourceMappings", "deleteEventSourceMapping", "paginateListEventSourceMappings"];
    for (const name of methods) {
      expect(typeof (Lambda.prototype as unknown as Record<string, unknown>)[name], name).toBe("function");
      expect(typeof (sdk.Lambda.prototype as unknown as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("promise, callback and options + callback forms", async () => {
    const lambda = track(new Lambda(config()));
    expect(await lambda.getEventSourceMapping({ UUID: "u" })).toMatchObject({ UUID: "u" });
    const one = await callback((cb) => lambda.listEventSourceMappings({}, cb));
    expect(one.data).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    const two = await callback((cb) => lambda.deleteEventSourceMapping({ UUID: "u" }, { requestTimeout: 60_000 }, cb));
    expect(two.err).toBeNull();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /2015-03-31/event-source-mappings/u",
      "GET /2015-03-31/event-source-mappings",
      "DELETE /2015-03-31/event-source-mappings/u",
    ]);
  });

  it("fails with the SDK's message for non-object options with a callback", async () => {
    const lambda = track(new Lambda(config()));
    const theirs = track(new sdk.Lambda(config()));
    // The SDK's method is async (it rejects); calling through a promise chain catches either form.
    const call = (target: object) => Promise.resolve().then(() => (target as { getEventSourceMapping: (...args: unknown[]) => unknown }).getEventSourceMapping({ UUID: "u" }, 5, () => {}));
    await expect(call(lambda)).rejects.toThrow("Expected http options but got number");
    await expect(call(theirs)).rejects.toThrow("Expected http options but got number");
  });

  it("callback forms return a Promise and bad options reject, as in the SDK", async () => {
    const lambda = track(new Lambda(config()));
    const returned = (lambda.getEventSourceMapping as (...args: unknown[]) => unknown)({ UUID: "u" }, () => {});
    expect(returned).toBeInstanceOf(Promise);
    const bad = (lambda.getEventSourceMapping as (...args: unknown[]) => unknown)({ UUID: "u" }, 5, () => {}) as Promise<unknown>;
    await expect(bad).rejects.toThrow("Expected http options");
  });

  it("paginates with the SDK's argument order (input first)", async () => {
    server.respond((req) => ({ status: 200, body: JSON.stringify(req.query.includes("Marker=p2") ? { EventSourceMappings: [{ UUID: "b" }] } : { NextMarker: "p2", EventSourceMappings: [{ UUID: "a" }] }) }));
    const lambda = track(new Lambda(config()));
    const uuids = [];
    for await (const page of lambda.paginateListEventSourceMappings({ FunctionName: "f" }, { pageSize: 7 })) uuids.push(...(page.EventSourceMappings ?? []).map((m) => m.UUID));
    expect(uuids).toEqual(["a", "b"]);
    expect(server.requests.map((r) => r.query)).toEqual(["FunctionName=f&MaxItems=7", "FunctionName=f&Marker=p2&MaxItems=7"]);
  });
});

describe("destroy()", () => {
  it("closes the keep-alive sockets", async () => {
    const held = await startHeldServer({ hold: false });
    try {
      const client = new LambdaClient({ ...config(), endpoint: held.endpoint });
      await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
      await client.send(new ListEventSourceMappingsCommand({}));
      expect(held.openSockets()).toBe(1);
      client.destroy();
      expect(await eventually(() => held.openSockets() === 0)).toBe(true);
    } finally {
      await held.close();
    }
  });
});

describe("abortSignal", () => {
  it("aborts a slow request with an AbortError that is not retried, like the SDK", async () => {
    const held = await startHeldServer({ hold: true });
    try {
      for (const [name, client, Command] of [
        ["ours", track(new LambdaClient({ ...config(), endpoint: held.endpoint, maxAttempts: 3 })), GetEventSourceMappingCommand],
        ["sdk", track(new sdk.LambdaClient({ ...config(), endpoint: held.endpoint, maxAttempts: 3 })), sdk.GetEventSourceMappingCommand],
      ] as const) {
        const before = held.received;
        const controller = new AbortController();
        const sent = (client.send as (c: unknown, o: unknown) => Promise<unknown>).call(client, new Command({ UUID: "u" }), { abortSignal: controller.signal });
        await held.waitForRequests(before + 1);
        controller.abort();
        const error = (await sent.catch((e: unknown) => e)) as Error & { $metadata?: { attempts?: number } };
        expect(error.name, name).toBe("AbortError");
        expect(held.received - before, name).toBe(1);
      }
    } finally {
      await held.close();
    }
  });

  it("does not send at all when the signal is already aborted", async () => {
    const client = track(new LambdaClient(config()));
    const controller = new AbortController();
    controller.abort();
    const error = (await client.send(new GetEventSourceMappingCommand({ UUID: "u" }), { abortSignal: controller.signal }).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe("AbortError");
    expect(server.requests).toHaveLength(0);
  });
});
