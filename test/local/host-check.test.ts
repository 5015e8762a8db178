import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { arns } from "./support/clients.js";
import { ESM_PATH, sendSigned } from "./support/raw-http.js";

// A service on loopback answers only to loopback names. A request that names another host was correctly signed
// (the default key pair test/test is public) but can only come from a page that rebound a foreign name to
// 127.0.0.1; it is refused before it reaches any operation.

const createBody = (name: string) => JSON.stringify({ FunctionName: name, EventSourceArn: arns.queue(name) });
const create = (local: LocalLambda, host: string, name = "f") =>
  sendSigned(local, { method: "POST", path: ESM_PATH, body: createBody(name), headers: { host, "content-type": "application/json" } });
const list = (local: LocalLambda) => sendSigned(local, { method: "GET", path: ESM_PATH });

describe("Host check on a loopback-bound service", () => {
  let local: LocalLambda;
  beforeAll(async () => {
    local = await startLocalLambda({ allowedHosts: ["esm.alias"] });
  });
  afterAll(() => local.close());

  it.each(["attacker.example", "evil.com", "10.0.0.5", "127.0.0.1.evil.com", "localhost.evil.com"])("refuses Host %j, signed for that host, with a 403 in the service's shape and changes nothing", async (name) => {
    const res = await create(local, name ? `${name}:${local.port}` : "");
    expect([res.status, res.headers["x-amzn-errortype"]]).toEqual([403, "InvalidHostException"]);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(String(res.json.message)).toMatch(/does not name this local service.*DNS rebinding.*allowedHosts/);
    expect((await list(local)).json.EventSourceMappings).toEqual([]);
  });

  it.each(["127.0.0.1", "localhost", "LOCALHOST", "app.localhost", "127.0.0.2", "[::1]", "esm.alias"])("accepts Host %j", async (name) => {
    const res = await create(local, `${name}:${local.port}`, `fn-${name.replace(/\W/g, "")}`);
    expect(res.status).toBe(202);
  });
});

it("a service bound to another interface accepts any Host (the operator chose to expose it)", async () => {
  // "::" may be missing on an IPv4-only machine; 0.0.0.0 is there wherever Node runs.
  const local = await startLocalLambda({ host: "0.0.0.0" });
  try {
    expect((await create(local, `attacker.example:${local.port}`)).status).toBe(202);
  } finally {
    await local.close();
  }
});
