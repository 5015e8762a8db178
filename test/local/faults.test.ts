import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { apiFactories, arns, failure } from "./support/clients.js";
import { ESM_PATH, sendSigned } from "./support/raw-http.js";

describe.each(apiFactories)("injected faults observed through $library retries", ({ make }) => {
  let local: LocalLambda;
  beforeAll(async () => {
    local = await startLocalLambda();
  });
  afterAll(() => local.close());

  it("retries a 500 and a connection reset, then succeeds on the third attempt", async () => {
    const api = make(local);
    try {
      local.setFaults({ script: ["server-error", "reset"] });
      const out = await api.list();
      expect(out.$metadata.attempts).toBe(3);
      expect(out.$metadata.httpStatusCode).toBe(200);
    } finally {
      api.destroy();
      local.setFaults();
    }
  });

  it("retries a throttle (429 TooManyRequestsException)", async () => {
    const api = make(local, { maxAttempts: 2 });
    try {
      local.setFaults({ script: ["throttle"] });
      expect((await api.list()).$metadata.attempts).toBe(2);
    } finally {
      api.destroy();
      local.setFaults();
    }
  });

  it("gives up after maxAttempts with the last fault, and a faulted Create creates nothing", async () => {
    const api = make(local, { maxAttempts: 2 });
    try {
      local.setFaults({ rate: 1, kinds: ["server-error"], operations: ["CreateEventSourceMapping"] });
      const error = await failure(api.create({ FunctionName: "never", EventSourceArn: arns.queue("never") }));
      expect([error.name, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual(["ServiceException", 500, 2]);
      // Faults are limited to Create, so List goes through and shows nothing was stored.
      expect((await api.list({ FunctionName: "never" })).EventSourceMappings).toEqual([]);
    } finally {
      api.destroy();
      local.setFaults();
    }
  });
});

describe("fault answers on the wire", () => {
  it("match the service: 429 with Retry-After when asked, 500 ServiceException, 503", async () => {
    const local = await startLocalLambda({ faults: { script: ["throttle", "server-error", "unavailable", "none"], retryAfterSeconds: 2 } });
    try {
      const throttled = await sendSigned(local, { method: "GET", path: ESM_PATH });
      expect([throttled.status, throttled.headers["x-amzn-errortype"], throttled.headers["retry-after"]]).toEqual([429, "TooManyRequestsException", "2"]);
      expect(throttled.json).toEqual({ Type: "User", message: "Rate exceeded", Reason: "CallerRateLimitExceeded" });
      const failed = await sendSigned(local, { method: "GET", path: ESM_PATH });
      expect([failed.status, failed.headers["x-amzn-errortype"], failed.json.Type]).toEqual([500, "ServiceException", "Service"]);
      expect((await sendSigned(local, { method: "GET", path: ESM_PATH })).status).toBe(503);
      expect((await sendSigned(local, { method: "GET", path: ESM_PATH })).status).toBe(200); // "none", then the script is used up
      expect((await sendSigned(local, { method: "GET", path: ESM_PATH })).status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it("a seeded rate picks the same faults on every run", async () => {
    const run = async () => {
      const local = await startLocalLambda({ auth: "off", faults: { rate: 0.5, seed: 42, kinds: ["throttle", "server-error"] } });
      const statuses: number[] = [];
      try {
        for (let i = 0; i < 20; i++) statuses.push((await sendSigned(local, { method: "GET", path: ESM_PATH })).status);
      } finally {
        await local.close();
      }
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 500]));
  });
});
