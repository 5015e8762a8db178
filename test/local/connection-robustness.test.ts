import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { arns, failure, oursApi } from "./support/clients.js";
import { ESM_PATH, sendSigned } from "./support/raw-http.js";

/** Opens a raw TCP connection to the service and resolves once it is connected. */
const openSocket = (local: LocalLambda): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(local.port, "127.0.0.1", () => resolve(socket));
    socket.on("error", reject);
  });

/** Everything the server sends on a raw socket until it closes it. */
const readAll = (socket: Socket): Promise<string> =>
  new Promise((resolve) => {
    let text = "";
    socket.on("data", (d: Buffer) => (text += d.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(text));
  });

/** Resolves with how close() ended: "resolved", or "pending" if it had not resolved after `ms` (a generous bound). */
const closeWithin = (local: LocalLambda, ms: number): Promise<"resolved" | "pending"> =>
  Promise.race([local.close().then(() => "resolved" as const), new Promise<"pending">((r) => setTimeout(() => r("pending"), ms).unref())]);

describe("close() does not wait for peers that hold a connection open", () => {
  it("resolves with connections that sent nothing, half a request line, half the headers, and a body that never ends", async () => {
    const local = await startLocalLambda({ auth: "off" });
    const silent = await openSocket(local);
    const halfLine = await openSocket(local);
    halfLine.write("GET /2015-03-31/event-so");
    const halfHeaders = await openSocket(local);
    halfHeaders.write(`GET ${ESM_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Partial: y`);
    const halfBody = await openSocket(local);
    halfBody.write(`POST ${ESM_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{"Function`);
    const closed = [silent, halfLine, halfHeaders, halfBody].map(readAll);
    await new Promise((r) => setTimeout(r, 50)); // lets the server see the bytes
    // Without socket tracking close() stays pending for minutes (until Node's request timeout).
    expect(await closeWithin(local, 15_000)).toBe("resolved");
    await Promise.all(closed); // every one of them was closed by the server
  });
});

describe("oversized bodies get the documented 413, never a reset", () => {
  it.each([
    ["just over the cap", 4096 + 1],
    ["16x the cap", 4096 * 16 + 10],
    ["1000x the cap", 4096 * 1000],
  ])("%s: 413 RequestEntityTooLargeException with the service's shape", async (_name, size) => {
    const local = await startLocalLambda({ maxBodyBytes: 4096 });
    try {
      const body = JSON.stringify({ FunctionName: "f", EventSourceArn: arns.queue(), Tags: { big: "x".repeat(size) } });
      const res = await sendSigned(local, { method: "POST", path: ESM_PATH, body, headers: { "content-type": "application/json" } });
      expect([res.status, res.headers["x-amzn-errortype"], res.json.message]).toEqual([
        413,
        "RequestEntityTooLargeException",
        "Request must be smaller than 4096 bytes for the CreateEventSourceMapping operation",
      ]);
      expect(res.json.Type).toBe("User");
    } finally {
      await local.close();
    }
  });

  it("a client sending 64x the cap gets the 413 on its first attempt (nothing to retry)", async () => {
    const local = await startLocalLambda({ maxBodyBytes: 1024 });
    const api = oursApi(local, { validateInput: false });
    try {
      const error = await failure(api.create({ FunctionName: "f", EventSourceArn: arns.queue(), Tags: { big: "y".repeat(64 * 1024) } }));
      expect([error.name, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual(["RequestEntityTooLargeException", 413, 1]);
      expect((await api.list()).EventSourceMappings).toEqual([]);
    } finally {
      api.destroy();
      await local.close();
    }
  });
});

describe("malformed HTTP gets the service's error shape", () => {
  it.each([
    ["a garbage request line", "NOT HTTP AT ALL\r\n\r\n", 400],
    ["an invalid header line", `GET ${ESM_PATH} HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n`, 400],
    ["conflicting framing", `POST ${ESM_PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`, 400],
    ["headers over Node's limit", `GET ${ESM_PATH} HTTP/1.1\r\nHost: x\r\nX-Big: ${"z".repeat(20_000)}\r\n\r\n`, 431],
  ])("%s", async (_name, wire, status) => {
    const local = await startLocalLambda();
    try {
      const socket = await openSocket(local);
      const answer = readAll(socket);
      socket.write(wire);
      const text = await answer;
      const [head, body] = text.split("\r\n\r\n");
      expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head).toMatch(/\r\ncontent-type: application\/json\r\n/);
      expect(head).toMatch(/\r\nx-amzn-requestid: [0-9a-f-]{36}\r\n/);
      expect(head).toMatch(/\r\nx-amzn-errortype: \w+Exception\r\n/);
      const parsed = JSON.parse(body!) as { message: unknown };
      expect(typeof parsed.message).toBe("string");
      expect(body).not.toContain("zzz"); // nothing of the request is echoed
      // And the service is still fine.
      expect((await sendSigned(local, { method: "GET", path: ESM_PATH })).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});

it("a request answered while closing still gets its answer, and its connection is closed by the server", async () => {
  const local = await startLocalLambda({ auth: "off" });
  const body = JSON.stringify({ FunctionName: "late", EventSourceArn: arns.queue("late") });
  const status = await new Promise<number>((resolve, reject) => {
    // Expect: 100-continue, so the server's "100 Continue" says it has the request (its handler runs) before close().
    const headers = { "content-length": String(body.length), expect: "100-continue" };
    const req = request({ host: "127.0.0.1", port: local.port, method: "POST", path: ESM_PATH, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    req.flushHeaders();
    req.once("continue", () => {
      req.write(body.slice(0, 5));
      void local.close();
      req.end(body.slice(5));
    });
  });
  expect(status).toBe(202);
  expect(await closeWithin(local, 15_000)).toBe("resolved");
});
