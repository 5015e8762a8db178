import { connect, createServer } from "node:net";
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { startLocalLambda } from "../../src/local/index.js";
import { sdkApi } from "./support/clients.js";
import { ESM_PATH } from "./support/raw-http.js";

const connectionRefused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
  });

describe("starting and closing", () => {
  it("listens on an ephemeral loopback port by default and reports it", async () => {
    const local = await startLocalLambda();
    try {
      expect(local.port).toBeGreaterThan(0);
      expect(local.endpoint).toBe(`http://127.0.0.1:${local.port}`);
      expect(local.region).toBe("us-east-1");
      expect(local.credentials).toEqual({ accessKeyId: "test", secretAccessKey: "test" });
    } finally {
      await local.close();
    }
  });

  it("rejects when the requested port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startLocalLambda({ port })).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      blocker.close();
    }
  });

  it("close() resolves with a client's keep-alive connection open, and the port is released", async () => {
    const local = await startLocalLambda();
    const api = sdkApi(local);
    await api.list(); // leaves an idle keep-alive socket in the client's pool
    await local.close();
    expect(await connectionRefused(local.port)).toBe("ECONNREFUSED");
    api.destroy();
  });

  it("a request in flight when close() is called still gets its answer, and close() waits for it", async () => {
    const local = await startLocalLambda({ auth: "off" });
    const events: string[] = [];
    const body = JSON.stringify({ FunctionName: "late", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:late" });
    const answered = new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      // Expect: 100-continue: the server's "100 Continue" says its handler has the request, so close() finds it in flight.
      const headers = { "content-length": String(body.length), expect: "100-continue" };
      const req = request({ host: "127.0.0.1", port: local.port, method: "POST", path: ESM_PATH, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
      });
      req.on("error", reject);
      req.flushHeaders();
      req.once("continue", () => {
        req.write(body.slice(0, 10)); // the request is in flight, its body incomplete
        const closing = local.close().then(() => events.push("close resolved"));
        setTimeout(() => {
          events.push("body finished");
          req.end(body.slice(10));
        }, 20);
        void closing;
      });
    });
    expect(await answered).toEqual({ status: 202, connection: "close" });
    await local.close();
    expect(events).toEqual(["body finished", "close resolved"]);
    expect(await connectionRefused(local.port)).toBe("ECONNREFUSED");
  });
});
