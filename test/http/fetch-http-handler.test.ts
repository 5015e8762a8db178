import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpRequest } from "@smithy/protocol-http";
import { afterEach, describe, expect, it } from "vitest";
import {
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  FetchHttpHandler,
  GetEventSourceMappingCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ResourceNotFoundException,
  UpdateEventSourceMappingCommand,
  waitUntilEventSourceMappingEnabled,
} from "../../src/index.js";
import { startLocalLambda } from "../../src/local/index.js";

// The fetch request handler on Node's own fetch, over real loopback sockets: the same wire behaviour and error names as
// the node:http handler, and the whole client scenario against the local service.
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}
const request = (port: number, init: Partial<ConstructorParameters<typeof HttpRequest>[0]> = {}) =>
  new HttpRequest({ protocol: "http:", hostname: "127.0.0.1", port, method: "GET", path: "/x", query: { b: "2 3", a: "1" }, headers: {}, ...init });

describe("FetchHttpHandler", () => {
  it("sends the query sorted and escaped, the body and headers, and reads the whole body", async () => {
    let seen = { url: "", body: "", header: "" };
    const port = await listen(
      createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          seen = { url: req.url!, body, header: String(req.headers["x-amz-date"]) };
          res.writeHead(201, { "x-amzn-requestid": "r-1" });
          res.write("par");
          res.end("tial");
        });
      }),
    );
    const { response } = await new FetchHttpHandler().handle(request(port, { method: "POST", body: '{"a":1}', headers: { "x-amz-date": "20260101T000000Z" } }));
    expect(seen).toEqual({ url: "/x?a=1&b=2%203", body: '{"a":1}', header: "20260101T000000Z" });
    expect(response.statusCode).toBe(201);
    expect(response.headers["x-amzn-requestid"]).toBe("r-1");
    expect(new TextDecoder().decode(response.body as Uint8Array)).toBe("partial");
  });

  it("fails a response whose body is slower than requestTimeout with TimeoutError", async () => {
    const port = await listen(createServer((_req, res) => { res.writeHead(200); res.write("start"); }));
    await expect(new FetchHttpHandler({ requestTimeout: 300 }).handle(request(port))).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("rejects with AbortError when the signal aborts mid-request, and at once when it already has", async () => {
    const port = await listen(createServer(() => {}));
    const controller = new AbortController();
    const pending = new FetchHttpHandler().handle(request(port), { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(new FetchHttpHandler().handle(request(port), { abortSignal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("names a connection dropped mid-body as the Node handler does: Error \"aborted\", code ECONNRESET (retried), not a timeout", async () => {
    const port = await listen(createServer((req, res) => { res.writeHead(503, { "content-length": "100", "x-amzn-requestid": "rid" }); res.write("x", () => req.socket.destroy()); }));
    const error = (await new FetchHttpHandler().handle(request(port)).catch((e: unknown) => e)) as Error & { code?: string };
    expect([error.name, error.code, error.message]).toEqual(["Error", "ECONNRESET", "aborted: the connection closed before the whole response body arrived (100 bytes) (HTTP 503)"]);
    const raw = Object.getOwnPropertyDescriptor(error, "$response");
    expect(raw?.enumerable).toBe(false);
    expect([(raw!.value as { statusCode: number }).statusCode, (raw!.value as { headers: Record<string, string> }).headers["x-amzn-requestid"]]).toEqual([503, "rid"]);
  });

  it("names a connection dropped before any answer TimeoutError, as the Node handler does", async () => {
    const port = await listen(createServer((req) => req.socket.destroy()));
    await expect(new FetchHttpHandler().handle(request(port))).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("runs the client scenario against the local service: create, wait, list, update, delete, a modeled error", async () => {
    const local = await startLocalLambda({ transitionDelayMs: 50 });
    const client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials, requestHandler: new FetchHttpHandler() });
    try {
      const created = await client.send(new CreateEventSourceMappingCommand({ FunctionName: "fetch-fn", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:fetch-q" }));
      await waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 30 }, { UUID: created.UUID! });
      const listed = await client.send(new ListEventSourceMappingsCommand({ FunctionName: "fetch-fn" }));
      expect(listed.EventSourceMappings?.map((m) => m.UUID)).toEqual([created.UUID]);
      await client.send(new UpdateEventSourceMappingCommand({ UUID: created.UUID!, BatchSize: 7 }));
      await waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 30 }, { UUID: created.UUID! });
      expect((await client.send(new GetEventSourceMappingCommand({ UUID: created.UUID! }))).BatchSize).toBe(7);
      await client.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
      const missing = await client.send(new GetEventSourceMappingCommand({ UUID: "00000000-0000-4000-8000-000000000000" })).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(ResourceNotFoundException);
    } finally {
      client.destroy();
      await local.close();
    }
  });
});
