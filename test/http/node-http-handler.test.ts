import { readFileSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { HttpRequest } from "@smithy/protocol-http";
import { afterEach, describe, expect, it } from "vitest";
import { NodeHttpHandler } from "../../src/index.js";

// The default request handler over real loopback sockets: http and https (a self-signed
// certificate checked in under fixtures/), full-body reads, timeouts, aborts and error names.
const fixtures = join(import.meta.dirname, "fixtures");
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}
const get = (protocol: string, port: number, path = "/x") => new HttpRequest({ protocol, hostname: "127.0.0.1", port, method: "GET", path, query: { b: "2 3", a: "1" }, headers: {} });

describe("NodeHttpHandler", () => {
  it("sends the query sorted and escaped and reads the whole body over http", async () => {
    let seen = "";
    const port = await listen(createServer((req, res) => { seen = req.url!; res.writeHead(200, { "x-multi": ["a", "b"] }); res.write("par"); res.end("tial"); }));
    const handler = new NodeHttpHandler();
    const { response } = await handler.handle(get("http:", port));
    expect(seen).toBe("/x?a=1&b=2%203");
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-multi"]).toBe("a, b");
    expect(Buffer.from(response.body as Uint8Array).toString()).toBe("partial");
    handler.destroy();
  });

  it("speaks https, loading TLS on demand, with agent options as the SDK accepts them", async () => {
    const tls = { key: readFileSync(join(fixtures, "localhost-key.pem")), cert: readFileSync(join(fixtures, "localhost-cert.pem")) };
    const port = await listen(createHttpsServer(tls, (_req, res) => res.end('{"ok":true}')) as unknown as Server);
    const handler = new NodeHttpHandler({ httpsAgent: { ca: tls.cert } });
    const { response } = await handler.handle(get("https:", port));
    expect(Buffer.from(response.body as Uint8Array).toString()).toBe('{"ok":true}');
    handler.destroy();
  });

  it("fails a slow response with TimeoutError, code ETIMEDOUT (as the SDK's), after requestTimeout", async () => {
    const port = await listen(createServer(() => {}));
    const handler = new NodeHttpHandler({ requestTimeout: 50 });
    await expect(handler.handle(get("http:", port))).rejects.toMatchObject({ name: "TimeoutError", code: "ETIMEDOUT" });
    handler.destroy();
  });

  it("rejects with AbortError when the signal aborts mid-request", async () => {
    const port = await listen(createServer(() => {}));
    const handler = new NodeHttpHandler();
    const controller = new AbortController();
    const pending = handler.handle(get("http:", port), { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    handler.destroy();
  });

  it("names a connection reset TimeoutError, so retries treat it as transient like the SDK", async () => {
    const port = await listen(createServer((req) => req.socket.destroy()));
    const handler = new NodeHttpHandler();
    await expect(handler.handle(get("http:", port))).rejects.toMatchObject({ name: "TimeoutError", code: "ECONNRESET" });
    handler.destroy();
  });

  for (const then of ["reset", "close"] as const) {
    it(`does not call a body cut off by a ${then} a timeout: Error "aborted", ECONNRESET, with what arrived`, async () => {
      const port = await listen(
        createServer((_req, res) => {
          res.writeHead(503, { "content-length": "100", "x-amzn-requestid": "rid" });
          // Cut only once the bytes are with the kernel, so they reach the client ahead of the RST or FIN.
          res.write('{"Type":', () => setTimeout(() => (then === "reset" ? res.socket?.resetAndDestroy() : res.socket?.end()), 20));
        }),
      );
      const handler = new NodeHttpHandler();
      const error = (await handler.handle(get("http:", port)).catch((e: unknown) => e)) as Error & { code?: string; cause?: Error };
      expect(error).toBeInstanceOf(Error);
      expect([error.name, error.code]).toEqual(["Error", "ECONNRESET"]);
      expect(error.message).toBe(`aborted: the connection ${then === "reset" ? "was reset" : "closed"} after 8 of 100 bytes of the response body (HTTP 503)`);
      expect(error.cause).toBeInstanceOf(Error);
      const raw = Object.getOwnPropertyDescriptor(error, "$response");
      expect(raw?.enumerable).toBe(false);
      const partial = raw!.value as { statusCode: number; headers: Record<string, string>; body: Uint8Array };
      expect([partial.statusCode, partial.headers["x-amzn-requestid"], Buffer.from(partial.body).toString()]).toEqual([503, "rid", '{"Type":']);
      handler.destroy();
    });
  }
});
