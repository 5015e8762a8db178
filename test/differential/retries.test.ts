import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ScriptedResponse } from "../support/capture-server.js";
import { startClientPair, type ClientPair, type Outcome } from "./support/client-pair.js";
import { expectSameError } from "./support/compare-errors.js";
import { expectValidSignature } from "./support/compare-requests.js";
import { expectDeepSame } from "./support/expect-deep-same.js";

// Retries end to end through both clients with the same scripted failures and Math.random pinned
// to 0, so every backoff is 0 ms: attempt counts, per-attempt headers, $metadata and the token bucket.

const pairs: ClientPair[] = [];
async function newPair(config: Record<string, unknown> = {}): Promise<ClientPair> {
  const pair = await startClientPair(config, { validateInput: false });
  pairs.push(pair);
  return pair;
}
beforeEach(() => {
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pairs.splice(0).map((p) => p.close()));
});

const e500: ScriptedResponse = { status: 500, body: "" };
const throttle: ScriptedResponse = { status: 429, headers: { "x-amzn-errortype": "TooManyRequestsException" }, body: '{"message":"Rate exceeded","Reason":"CallerRateLimitExceeded"}' };
const ok: ScriptedResponse = { status: 200, headers: { "x-amzn-requestid": "r" }, body: '{"UUID":"u","State":"Enabled"}' };
const reset: ScriptedResponse = { reset: true };
const okBody = '{"UUID":"u","State":"Enabled","BatchSize":10}';
const cut = (then: "reset" | "close"): ScriptedResponse => ({ status: 200, headers: { "x-amzn-requestid": "r-cut" }, body: okBody, cutBody: { after: 12, then } });

/** Asserts both clients made the same attempts with the same per-attempt headers, and ended the same way. */
async function expectSameAttempts(a: Outcome, b: Outcome, expectedAttempts: number, maxAttempts = 3): Promise<void> {
  expect(a.requests).toHaveLength(expectedAttempts);
  expect(b.requests).toHaveLength(expectedAttempts);
  for (const outcome of [a, b]) {
    const headers = outcome.requests.map((r) => r.headers["amz-sdk-request"]);
    expect(headers).toEqual(Array.from({ length: expectedAttempts }, (_, i) => `attempt=${i + 1}; max=${maxAttempts}`));
    expect(new Set(outcome.requests.map((r) => r.headers["amz-sdk-invocation-id"])).size).toBe(1);
  }
  // Every attempt is signed again, and each signature verifies.
  for (const request of a.requests) await expectValidSignature(request);
  if (b.error) expectSameError(a.error, b.error);
  else {
    expect(a.error).toBeUndefined();
    expectDeepSame(a.output, b.output);
  }
}

const get = (pair: ClientPair, script: ScriptedResponse[]) => pair.run("GetEventSourceMapping", () => ({ UUID: "u" }), script);

describe("what is retried", () => {
  it.each<[string, ScriptedResponse[], number]>([
    ["two 500s then success", [e500, e500, ok], 3],
    ["three 500s (gives up)", [e500, e500, e500], 3],
    ["502, 503, 504 (gives up)", [{ status: 502, body: "{}" }, { status: 503, body: "{}" }, { status: 504, body: "{}" }], 3],
    ["a 501 (server error, not transient)", [{ status: 501, body: "{}" }], 1],
    ["throttling 429s then success", [throttle, throttle, ok], 3],
    ["a throttling error code on a 400", [{ status: 400, body: '{"__type":"ThrottlingException","message":"t"}' }, ok], 2],
    ["a ServiceException then success", [{ status: 500, headers: { "x-amzn-errortype": "ServiceException" }, body: '{"Message":"x"}' }, ok], 2],
    ["a RequestTimeout code", [{ status: 400, body: '{"code":"RequestTimeoutException","message":"t"}' }, ok], 2],
    ["an InvalidParameterValueException (not retried)", [{ status: 400, headers: { "x-amzn-errortype": "InvalidParameterValueException" }, body: '{"message":"no"}' }], 1],
    ["a ResourceNotFoundException (not retried)", [{ status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, body: '{"Message":"no"}' }], 1],
    ["an unmodeled 4xx (not retried)", [{ status: 403, body: '{"code":"AccessDeniedException","message":"no"}' }], 1],
    ["an HTML 502 page then success", [{ status: 502, headers: { "content-type": "text/html" }, body: "<html>502</html>" }, ok], 2],
    ["a connection reset then success", [reset, ok], 2],
    ["a body cut off by a reset, then success", [cut("reset"), ok], 2],
    ["a body cut off by a clean close, then success", [cut("close"), ok], 2],
    ["a 429 with retry-after: 0", [{ ...throttle, headers: { ...throttle.headers, "retry-after": "0" } }, ok], 2],
  ])("%s", async (_name, script, attempts) => {
    const pair = await newPair();
    const { ours, sdk } = await get(pair, script);
    await expectSameAttempts(ours, sdk, attempts);
    const metadata = (ours.error ?? ours.output)!.$metadata as Record<string, unknown>;
    expect(metadata.attempts).toBe(attempts);
    expect(metadata.totalRetryDelay).toBe(0);
  });

  it("connection resets on every attempt end with the same TimeoutError", async () => {
    const pair = await newPair();
    const { ours, sdk } = await get(pair, [reset, reset, reset]);
    expect(ours.requests).toHaveLength(3);
    expect(sdk.requests).toHaveLength(3);
    for (const key of ["name", "code", "message"]) expect(ours.error?.[key], key).toBe(sdk.error?.[key]);
    expect(ours.error?.name).toBe("TimeoutError");
    expect(ours.error?.$metadata).toEqual(sdk.error?.$metadata);
    expect(ours.error?.$metadata).toEqual({ attempts: 3, totalRetryDelay: 0 });
  });

  // After the headers, a reset or an early close is not a timeout: both clients throw Node's "aborted" Error with
  // code ECONNRESET (retried as transient) and the status and request id of the response that broke off.
  it.each(["reset", "close"] as const)("bodies cut off by a %s on every attempt end with the SDK's Error \"aborted\", ECONNRESET", async (then) => {
    const pair = await newPair();
    const { ours, sdk } = await get(pair, [cut(then), cut(then), cut(then)]);
    expect(ours.requests).toHaveLength(3);
    expect(sdk.requests).toHaveLength(3);
    for (const key of ["name", "code"]) expect(ours.error?.[key], key).toBe(sdk.error?.[key]);
    expect([ours.error?.name, ours.error?.code]).toEqual(["Error", "ECONNRESET"]);
    expect(ours.error?.constructor).toBe(Error);
    expect(sdk.error?.message).toMatch(/^aborted\n/);
    expect(ours.error?.message).toMatch(new RegExp(`^aborted: the connection ${then === "reset" ? "was reset" : "closed"} after 12 of ${okBody.length} bytes of the response body \\(HTTP 200\\)\n`));
    expect(ours.error?.$metadata).toEqual(sdk.error?.$metadata);
    expect(ours.error?.$metadata).toEqual({ httpStatusCode: 200, requestId: "r-cut", attempts: 3, totalRetryDelay: 0 });
    const raw = Object.getOwnPropertyDescriptor(ours.error, "$response");
    expect(raw?.enumerable).toBe(false);
    expect(Buffer.from((raw?.value as { body: Uint8Array }).body).toString()).toBe(okBody.slice(0, 12));
  });
});

describe("retry hints", () => {
  it.each<[string, Record<string, string>]>([
    ["x-amz-retry-after in milliseconds", { "x-amz-retry-after": "40" }],
    ["a fractional retry-after in seconds", { "retry-after": "0.04" }],
  ])("a 429 with %s lengthens the zero backoff in both clients", async (_name, headers) => {
    const pair = await newPair();
    const { ours, sdk } = await get(pair, [{ ...throttle, headers: { ...throttle.headers, ...headers } }, ok]);
    expect(ours.requests).toHaveLength(2);
    expect(sdk.requests).toHaveLength(2);
    for (const outcome of [ours, sdk]) {
      const delay = outcome.output!.$metadata!.totalRetryDelay as number;
      // The hint is a point in time, so the exact wait depends on the clock; it must be used, and capped.
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(5_000);
    }
  });
});

describe("attempt limits", () => {
  it.each([1, 2, 5])("maxAttempts %s", async (maxAttempts) => {
    const pair = await newPair({ maxAttempts });
    const { ours, sdk } = await get(pair, Array.from({ length: 6 }, () => e500));
    await expectSameAttempts(ours, sdk, maxAttempts, maxAttempts);
  });

  it("a maxAttempts provider", async () => {
    const pair = await newPair({ maxAttempts: async () => 4 });
    const { ours, sdk } = await get(pair, [e500, e500, e500, ok]);
    await expectSameAttempts(ours, sdk, 4, 4);
  });

  it("a custom retry strategy decides, while max= still shows the client's maxAttempts", async () => {
    const strategy = () => ({
      acquireInitialRetryToken: async () => ({ getRetryCount: () => 0, getRetryDelay: () => 0 }),
      refreshRetryTokenForRetry: async (token: { getRetryCount(): number }) => {
        const count = token.getRetryCount() + 1;
        if (count >= 4) throw new Error("no more");
        return { getRetryCount: () => count, getRetryDelay: () => 0 };
      },
      recordSuccess: () => {},
    });
    const pair = await newPair({ retryStrategy: strategy() });
    const { ours, sdk } = await get(pair, [e500, { status: 400, body: '{"code":"Whatever"}' }, e500, ok]);
    await expectSameAttempts(ours, sdk, 4, 3);
  });
});

describe("retry token bucket", () => {
  it("runs out after the same number of retries, and refills on success the same way", async () => {
    const pair = await newPair({ maxAttempts: 2 });
    const attempts = { ours: [] as number[], sdk: [] as number[] };
    // 500 tokens, 14 per transient retry: 35 sends retry, the 36th cannot.
    for (let i = 0; i < 37; i++) {
      const { ours, sdk } = await get(pair, [e500, e500]);
      attempts.ours.push(ours.requests.length);
      attempts.sdk.push(sdk.requests.length);
    }
    expect(attempts.ours).toEqual(attempts.sdk);
    expect(attempts.ours).toEqual([...Array<number>(35).fill(2), 1, 1]);
    // Each first-attempt success gives back 1 token: 10 → 14 after four, enough for one retry again.
    for (let i = 0; i < 4; i++) await get(pair, [ok]);
    const { ours, sdk } = await get(pair, [e500, ok]);
    await expectSameAttempts(ours, sdk, 2, 2);
  });
});

describe("adaptive mode", () => {
  it("retries throttling and transient errors the same way", async () => {
    const pair = await newPair({ retryMode: "adaptive" });
    const { ours, sdk } = await get(pair, [e500, throttle, ok]);
    await expectSameAttempts(ours, sdk, 3);
  });
});

describe("clock skew", () => {
  it("retries an error whose Date header is 10 minutes ahead, flagged clockSkewCorrected", async () => {
    const pair = await newPair();
    // Each answer's Date is a second later: both clients flag a retry only when the learned offset
    // changes, and two answers within the same millisecond would otherwise make the count timing-dependent.
    const bad = (i: number): ScriptedResponse => ({
      status: 400,
      headers: { date: new Date(Date.now() + 600_000 + i * 1000).toUTCString(), "x-amzn-errortype": "InvalidParameterValueException" },
      body: '{"message":"m"}',
    });
    const { ours, sdk } = await get(pair, [bad(0), bad(1), bad(2)]);
    expect(sdk.requests).toHaveLength(3);
    expect(ours.requests).toHaveLength(3);
    expect(sdk.error?.$metadata?.clockSkewCorrected).toBe(true);
    expect(ours.error?.$metadata?.clockSkewCorrected).toBe(true);
    expect(ours.error?.$metadata?.attempts).toBe(sdk.error?.$metadata?.attempts);
    expect(Math.abs(pair.ours.config.systemClockOffset - 600_000)).toBeLessThan(5_000);
    expect(Math.abs((pair.sdk.config.systemClockOffset as number) - 600_000)).toBeLessThan(5_000);
  });
});
