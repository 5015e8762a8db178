import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { Client, Command } from "@smithy/smithy-client";
import type { HttpHandlerOptions, MetadataBearer, Pluggable } from "@smithy/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getRetryPlugin, resolveRetryStrategy } from "../../src/retry/index.js";

interface Output extends MetadataBearer {
  body: string;
}

/** A minimal node:http request handler, enough to see what goes over the wire. */
const loopbackHandler = {
  handle: (request: HttpRequest) =>
    new Promise<{ response: HttpResponse }>((resolve, reject) => {
      const req = httpRequest(
        { host: request.hostname, port: request.port, path: request.path, method: request.method, headers: request.headers, agent: false },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () =>
            resolve({
              response: new HttpResponse({ statusCode: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body }),
            }),
          );
        },
      );
      req.on("error", reject);
      req.end(request.body as string);
    }),
};

let server: Server;
let port = 0;
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    seen.push({ path, headers: req.headers });
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === "/reset" && n === 1) return req.socket.destroy();
    if (path === "/unavailable" && n <= 2) {
      res.writeHead(503, { "content-type": "application/json" });
      return res.end('{"message":"slow down"}');
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const makeCommand = (path: string) =>
  Command.classBuilder<object, Output, { requestHandler: typeof loopbackHandler; apiVersion: string }, object, Output>()
    .m(function () {
      const serde: Pluggable<object, Output> = {
        applyToStack: (stack) => {
          stack.add(
            (next) => (args) =>
              next({ ...args, request: new HttpRequest({ method: "POST", hostname: "127.0.0.1", port, path, headers: { host: `127.0.0.1:${port}` }, body: "{}" }) }),
            { step: "serialize", name: "serializer" },
          );
          stack.add(
            (next) => async (args) => {
              const { response } = await next(args);
              const res = response as HttpResponse;
              const $metadata = { httpStatusCode: res.statusCode };
              if (res.statusCode >= 300) throw Object.assign(new Error(String(res.body)), { name: "ServiceUnavailableException", $fault: "server", $metadata });
              return { response, output: { body: String(res.body), $metadata } };
            },
            { step: "deserialize", name: "deserializer" },
          );
        },
      };
      return [serde];
    })
    .n("LoopbackClient", "LoopbackCommand")
    .f()
    .build();

describe("retryMiddleware over a loopback HTTP server", () => {
  it("sends the retry headers on the wire, retries 503s and reset sockets", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0); // zero backoff: no real waiting
    try {
      const maxAttempts = async () => 3;
      const client = new Client<HttpHandlerOptions, object, Output, { requestHandler: typeof loopbackHandler; apiVersion: string }>({
        requestHandler: loopbackHandler,
        apiVersion: "x",
      });
      client.middlewareStack.use(getRetryPlugin({ maxAttempts, retryStrategy: resolveRetryStrategy({ maxAttempts }) }));

      const out = await client.send(new (makeCommand("/unavailable"))({}));
      expect(out.$metadata).toEqual({ httpStatusCode: 200, attempts: 3, totalRetryDelay: 0 });
      const unavailable = seen.filter((s) => s.path === "/unavailable");
      expect(unavailable.map((s) => s.headers["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
      const ids = new Set(unavailable.map((s) => s.headers["amz-sdk-invocation-id"]));
      expect(ids.size).toBe(1);

      const reset = await client.send(new (makeCommand("/reset"))({}));
      expect(reset.$metadata.attempts).toBe(2);
      const resetIds = seen.filter((s) => s.path === "/reset").map((s) => s.headers["amz-sdk-invocation-id"]);
      expect(resetIds).toHaveLength(2);
      expect(resetIds[0]).toBe(resetIds[1]);
      expect(ids.has(resetIds[0] as string)).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
