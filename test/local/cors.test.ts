import { spawn } from "node:child_process";
import * as sdk from "@aws-sdk/client-lambda";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LambdaClient, ListEventSourceMappingsCommand } from "../../src/index.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { BIN } from "../cli/support/cli-runner.js";
import { arns } from "./support/clients.js";
import { ESM_PATH, sendRaw, sendSigned, type RawResponse } from "./support/raw-http.js";

// CORS over real HTTP: what a browser sends before and with a cross-origin request, and what it needs back to let the
// page read the answer. The browser itself is test/runtimes/browser.test.ts; this file pins the headers.

const preflight = (local: LocalLambda, origin: string, extra: Record<string, string> = {}) =>
  sendRaw(local, {
    method: "OPTIONS",
    path: ESM_PATH,
    headers: { host: `127.0.0.1:${local.port}`, origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type", ...extra },
  });
const create = (local: LocalLambda, name: string, headers: Record<string, string>) =>
  sendSigned(local, { method: "POST", path: ESM_PATH, body: JSON.stringify({ FunctionName: name, EventSourceArn: arns.queue(name) }), headers: { "content-type": "application/json", ...headers } });
const list = (local: LocalLambda) => sendSigned(local, { method: "GET", path: ESM_PATH });
const headerList = (res: RawResponse, name: string): string[] =>
  String(res.headers[name] ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** Header names a client really sends (after signing), captured by a request handler that answers an empty list. */
async function sentHeaderNames(send: (handler: { handle(request: HttpRequest): Promise<{ response: HttpResponse }> }) => Promise<unknown>): Promise<string[]> {
  let names: string[] = [];
  const handler = {
    handle: async (request: HttpRequest) => {
      names = Object.keys(request.headers).map((n) => n.toLowerCase());
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json" }, body: new TextEncoder().encode('{"EventSourceMappings":[]}') }) };
    },
  };
  await send(handler);
  return names;
}

describe("CORS with the default origins (loopback pages only)", () => {
  let local: LocalLambda;
  beforeAll(async () => {
    local = await startLocalLambda();
  });
  afterAll(() => local.close());

  it.each(["http://localhost:3000", "http://127.0.0.1:5173", "http://[::1]:8080", "https://localhost", "http://LOCALHOST:1"])("answers the preflight from %s with 204 and what SigV4 needs", async (origin) => {
    const res = await preflight(local, origin);
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe(origin);
    expect(res.headers.vary).toBe("Origin");
    expect(headerList(res, "access-control-allow-methods").sort()).toEqual(["delete", "get", "post", "put"]);
    expect(headerList(res, "access-control-allow-headers")).toEqual(
      expect.arrayContaining(["authorization", "content-type", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256", "x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request"]),
    );
    expect(Number(res.headers["access-control-max-age"])).toBeGreaterThan(0);
    expect(res.text).toBe("");
  });

  it("allows every header this library's client and @aws-sdk/client-lambda send, session token included", async () => {
    const credentials = { accessKeyId: "test", secretAccessKey: "test", sessionToken: "token" };
    const config = { region: "us-east-1", endpoint: local.endpoint, credentials, maxAttempts: 1 };
    const ours = await sentHeaderNames((requestHandler) => new LambdaClient({ ...config, requestHandler }).send(new ListEventSourceMappingsCommand({})));
    const theirs = await sentHeaderNames((requestHandler) => new sdk.LambdaClient({ ...config, requestHandler }).send(new sdk.ListEventSourceMappingsCommand({})));
    const allowed = headerList(await preflight(local, "http://localhost:3000"), "access-control-allow-headers");
    // A browser sets host and content-length itself; a page cannot, so they are never in a preflight.
    const needed = [...new Set([...ours, ...theirs])].filter((n) => n !== "host" && n !== "content-length");
    expect(needed).toEqual(expect.arrayContaining(["authorization", "x-amz-date", "x-amz-security-token", "x-amz-user-agent", "amz-sdk-invocation-id"]));
    expect(needed.filter((n) => !allowed.includes(n))).toEqual([]);
  });

  it("answers Chromium's Private Network Access question", async () => {
    const res = await preflight(local, "http://localhost:3000", { "access-control-request-private-network": "true" });
    expect(res.headers["access-control-allow-private-network"]).toBe("true");
  });

  it("puts Allow-Origin and the exposed headers on answers and on errors, so a page reads $metadata and the error type", async () => {
    const origin = "http://localhost:3000";
    const created = await create(local, "cors-ok", { origin });
    expect(created.status).toBe(202);
    expect(created.headers["access-control-allow-origin"]).toBe(origin);
    expect(headerList(created, "access-control-expose-headers")).toEqual(expect.arrayContaining(["x-amzn-requestid", "x-amzn-errortype", "date", "retry-after"]));
    const missing = await sendSigned(local, { method: "GET", path: `${ESM_PATH}/00000000-0000-0000-0000-000000000000`, headers: { origin } });
    expect([missing.status, missing.headers["x-amzn-errortype"], missing.headers["access-control-allow-origin"]]).toEqual([404, "ResourceNotFoundException", origin]);
    expect(headerList(missing, "access-control-expose-headers")).toContain("x-amzn-errortype");
  });

  it("sends no CORS headers to a client without Origin (every non-browser client)", async () => {
    const res = await list(local);
    expect(res.status).toBe(200);
    expect(Object.keys(res.headers).filter((n) => n.startsWith("access-control-"))).toEqual([]);
  });

  it.each(["https://evil.example", "http://localhost.evil.example:3000", "null", "http://127.0.0.1.nip.io"])("refuses origin %s: preflight and request get 403 InvalidOriginException, nothing changes", async (origin) => {
    const pre = await preflight(local, origin);
    expect([pre.status, pre.headers["x-amzn-errortype"], pre.headers["access-control-allow-origin"]]).toEqual([403, "InvalidOriginException", undefined]);
    expect(String(pre.json.message)).toMatch(/is not allowed to call this local service.*allowedOrigins.*--allowed-origin/);
    // A "simple" request needs no preflight: it must be refused itself, before any operation runs.
    const before = (await list(local)).json.EventSourceMappings as unknown[];
    const res = await create(local, "cors-refused", { origin });
    expect([res.status, res.headers["x-amzn-errortype"], res.headers["access-control-allow-origin"]]).toEqual([403, "InvalidOriginException", undefined]);
    expect((await list(local)).json.EventSourceMappings).toEqual(before);
  });

  it("the Host check comes first: a rebound name is refused even with a loopback Origin", async () => {
    const res = await preflight(local, "http://localhost:3000", { host: `attacker.example:${local.port}` });
    expect([res.status, res.headers["x-amzn-errortype"], res.headers["access-control-allow-origin"]]).toEqual([403, "InvalidHostException", undefined]);
  });

  it("an OPTIONS request that is no preflight is routed as any other request", async () => {
    const res = await sendRaw(local, { method: "OPTIONS", path: ESM_PATH, headers: { origin: "http://localhost:3000" } });
    expect([res.status, res.headers["x-amzn-errortype"]]).toEqual([404, "UnknownOperationException"]);
    expect(res.headers["access-control-allow-origin"]).toBe("http://localhost:3000");
  });
});

describe("allowedOrigins", () => {
  it("replaces the default list; a * port matches any port or none; '*' allows every origin", async () => {
    const [listed, any] = await Promise.all([startLocalLambda({ allowedOrigins: ["https://app.example:*", "http://exact.example:8080", "null"] }), startLocalLambda({ allowedOrigins: ["*"] })]);
    try {
      const statuses = async (local: LocalLambda, origins: string[]) => Promise.all(origins.map(async (o) => (await preflight(local, o)).status));
      expect(await statuses(listed, ["https://app.example", "https://app.example:8443", "HTTPS://APP.EXAMPLE:1", "http://exact.example:8080", "null"])).toEqual([204, 204, 204, 204, 204]);
      expect(await statuses(listed, ["http://app.example", "http://exact.example:8081", "http://exact.example", "http://localhost:3000", "https://app.example.evil"])).toEqual([403, 403, 403, 403, 403]);
      expect(await statuses(any, ["https://anything.example", "null", "http://localhost:1"])).toEqual([204, 204, 204]);
    } finally {
      await Promise.all([listed.close(), any.close()]);
    }
  });

  it.each(["localhost:3000", "http://app.example/path", "ftp://app.example", "http://app.example:port", ""])("rejects entry %j naming it", async (entry) => {
    await expect(startLocalLambda({ allowedOrigins: [entry] })).rejects.toThrow(`allowedOrigins entry ${JSON.stringify(entry)} is not an origin`);
  });

  it("lambda-esm serve --allowed-origin refuses a bad entry as a usage error naming the flag", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--allowed-origin", "localhost:3000"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(252);
    expect(stderr).toMatch(/^\nError parsing parameter '--allowed-origin': "localhost:3000" is not an origin/);
  }, 60_000);

  it("lambda-esm serve --allowed-origin sets them", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--allowed-origin", "https://app.example:*", "http://other.example:81"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        child.on("error", reject);
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
        child.stdout.setEncoding("utf8").once("data", (c: string) => resolve(c.trim()));
      });
      const port = Number(new URL(endpoint).port);
      const local = { port } as LocalLambda;
      expect((await preflight(local, "https://app.example:9000")).status).toBe(204);
      expect((await preflight(local, "http://other.example:81")).status).toBe(204);
      expect((await preflight(local, "http://localhost:3000")).status).toBe(403);
    } finally {
      child.kill("SIGTERM");
    }
  }, 60_000);
});
