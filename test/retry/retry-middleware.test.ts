import {
  ConfiguredRetryStrategy,
  DeprecatedStandardRetryStrategy,
  getRetryPlugin as sdkGetRetryPlugin,
  resolveRetryConfig,
  retryMiddlewareOptions as sdkRetryMiddlewareOptions,
} from "@smithy/core/retry";
import { NoOpLogger } from "@smithy/smithy-client";
import type { Logger, Pluggable, Provider, RetryStrategy, RetryStrategyV2, RetryToken } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getRetryPlugin, resolveRetryStrategy, retryMiddlewareOptions } from "../../src/retry/index.js";
import type { RetryMiddlewareOptions } from "../../src/retry/index.js";
import { clampTimersLikeNode, drive, makeClient, scriptRandom, settle, type Step, type TestOutput } from "./helpers.js";

const T0 = Date.UTC(2026, 4, 1, 9, 0, 0);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Config = { maxAttempts?: number | Provider<number>; retryMode?: string; retryStrategy?: RetryStrategyV2 | RetryStrategy };

/** One implementation under test: how it resolves config and builds the plugin. */
interface Side {
  resolve: (config: Config) => RetryMiddlewareOptions;
  plugin: (options: RetryMiddlewareOptions) => Pluggable<object, TestOutput>;
}
const sdk: Side = {
  resolve: (config) => resolveRetryConfig({ retryMode: "standard", ...config }) as RetryMiddlewareOptions,
  plugin: (options) => sdkGetRetryPlugin(options),
};
const ours: Side = {
  resolve: (config) => {
    const value = config.maxAttempts ?? 3;
    const maxAttempts = typeof value === "function" ? value : async () => value;
    return { maxAttempts, retryStrategy: resolveRetryStrategy({ ...config, maxAttempts }) };
  },
  plugin: (options) => getRetryPlugin(options),
};

const describeError = (e: unknown): unknown => {
  if (!(e instanceof Object)) return { thrown: e };
  const err = e as Error & Record<string, unknown>;
  return {
    ctor: err.constructor?.name,
    name: err.name,
    message: err.message,
    $metadata: err.$metadata,
    $fault: err.$fault,
    cause: err.cause === undefined ? undefined : describeError(err.cause),
    keys: Object.keys(err).sort(),
  };
};

/** Replaces invocation ids by their order of appearance, after checking they are UUID v4. */
const normalizeIds = (headerSets: Record<string, string>[]) => {
  const ids: string[] = [];
  return headerSets.map((h) => {
    const id = h["amz-sdk-invocation-id"];
    if (id === undefined) return h;
    expect(id).toMatch(UUID_V4);
    if (!ids.includes(id)) ids.push(id);
    return { ...h, "amz-sdk-invocation-id": `id-${ids.indexOf(id)}` };
  });
};

interface Scenario {
  steps: Step[];
  config?: () => Config;
  sends?: number;
  random?: number[];
  /** Returns per-send options; may schedule an abort on fake timers. */
  sendOptions?: () => { abortSignal?: AbortSignal } | undefined;
  mutatingSigner?: boolean;
  streamingBody?: boolean;
  logger?: () => Logger;
}

const run = async (side: Side, s: Scenario) => {
  vi.clearAllTimers();
  vi.setSystemTime(T0);
  scriptRandom(s.random ?? [0.5]);
  const resolved = side.resolve(s.config?.() ?? {});
  const c = makeClient({
    retryPlugin: side.plugin(resolved),
    steps: s.steps,
    mutatingSigner: s.mutatingSigner,
    streamingBody: s.streamingBody,
    logger: s.logger?.(),
  });
  const outcomes: unknown[] = [];
  for (let i = 0; i < (s.sends ?? 1); i++) {
    const options = s.sendOptions?.();
    const r = await settle(() => drive(c.send(options)));
    outcomes.push("ok" in r ? { output: r.ok } : { error: describeError(r.err) });
  }
  return {
    outcomes,
    attempts: normalizeIds(c.attempts.map((a) => a.headers)),
    userAgents: c.attempts.map((a) => a.userAgent),
    original: normalizeIds(c.originalHeaders),
    elapsed: Date.now() - T0,
  };
};

const compare = async (s: Scenario) => {
  const expected = await run(sdk, s);
  const actual = await run(ours, s);
  expect(actual).toEqual(expected);
  return actual;
};

const json = (status: number, type: string, headers: Record<string, string> = {}): Step => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify({ __type: type, message: `${type} happened` }),
});
const ok: Step = { status: 200, body: '{"ok":true}' };

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  clampTimersLikeNode();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("retryMiddleware through a smithy Client, compared with the SDK's", () => {
  it("has the SDK's middleware options", () => {
    expect(retryMiddlewareOptions).toEqual(sdkRetryMiddlewareOptions);
  });

  it("retries three 500s and records attempts 3, totalRetryDelay 75 on the error (random 0.5)", async () => {
    const r = await compare({ steps: [json(500, "ServiceException")] });
    expect(r.outcomes).toEqual([
      {
        error: expect.objectContaining({
          name: "ServiceException",
          $metadata: { httpStatusCode: 500, requestId: undefined, attempts: 3, totalRetryDelay: 75 },
        }),
      },
    ]);
    expect(r.attempts.map((h) => h["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
    expect(new Set(r.attempts.map((h) => h["amz-sdk-invocation-id"]))).toEqual(new Set(["id-0"]));
    expect(r.elapsed).toBe(75);
  });

  it("sets attempts and totalRetryDelay on the output after a retry", async () => {
    const r = await compare({ steps: [json(503, "ServiceUnavailableException"), ok], sends: 2 });
    expect(r.outcomes).toEqual([
      { output: { body: '{"ok":true}', $metadata: { httpStatusCode: 200, attempts: 2, totalRetryDelay: 25 } } },
      { output: { body: '{"ok":true}', $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } } },
    ]);
    // a new invocation id per send, the same on each attempt of a send
    expect(r.attempts.map((h) => h["amz-sdk-invocation-id"])).toEqual(["id-0", "id-0", "id-1"]);
    expect(r.original.map((h) => h["amz-sdk-request"])).toEqual(["attempt=2; max=3", "attempt=1; max=3"]);
  });

  it("waits for Retry-After and x-amz-retry-after hints on throttling errors", async () => {
    const r = await compare({
      steps: [
        json(429, "TooManyRequestsException", { "retry-after": "2" }),
        json(429, "TooManyRequestsException", { "x-amz-retry-after": "3000" }),
        ok,
      ],
    });
    expect(r.outcomes).toEqual([{ output: expect.objectContaining({ $metadata: expect.objectContaining({ attempts: 3, totalRetryDelay: 5000 }) }) }]);
    const far = await compare({ steps: [json(429, "ThrottlingException", { "Retry-After": "30" }), ok], random: [0.025] });
    // backoff floor(0.025 * 1000) = 25, hint capped at backoff + 5000
    expect(far.outcomes).toEqual([{ output: expect.objectContaining({ $metadata: expect.objectContaining({ totalRetryDelay: 5025 }) }) }]);
  });

  it("does not retry client errors or 501, but retries 502 HTML pages (SyntaxError with $metadata)", async () => {
    const clientError = await compare({ steps: [json(404, "ResourceNotFoundException"), ok] });
    expect(clientError.outcomes).toEqual([{ error: expect.objectContaining({ $metadata: expect.objectContaining({ attempts: 1, totalRetryDelay: 0 }) }) }]);
    const notImplemented = await compare({ steps: [json(501, "NotImplemented"), ok] });
    expect(notImplemented.attempts).toHaveLength(1);
    const html = await compare({ steps: [{ status: 502, body: "<html>Bad Gateway</html>" }, { status: 502, body: "<html>" }, ok] });
    expect(html.attempts).toHaveLength(3);
    expect(html.outcomes).toEqual([{ output: expect.objectContaining({ $metadata: expect.objectContaining({ attempts: 3 }) }) }]);
    const htmlFail = await compare({ steps: [{ status: 504, body: "<html>" }] });
    expect(htmlFail.outcomes).toEqual([
      { error: expect.objectContaining({ ctor: "SyntaxError", $metadata: { httpStatusCode: 504, requestId: undefined, attempts: 3, totalRetryDelay: 75 } }) },
    ]);
  });

  it("retries socket and clock-skew-corrected errors and wraps thrown non-Errors like the SDK", async () => {
    const reset = Object.assign(new Error("socket hang up"), { name: "TimeoutError", code: "ECONNRESET" });
    const socket = await compare({ steps: [{ throw: reset }, { throw: Object.assign(new Error("x"), { code: "EAI_AGAIN" }) }, ok] });
    expect(socket.attempts).toHaveLength(3);
    const skewed = Object.assign(new Error("Signature not yet current"), {
      name: "InvalidSignatureException",
      $metadata: { httpStatusCode: 403, clockSkewCorrected: true },
    });
    const skew = await compare({ steps: [{ throw: skewed }, { throw: skewed }, ok] });
    expect(skew.attempts).toHaveLength(3);
    const plain = await compare({ steps: [{ throw: new Error("plain") }] });
    expect(plain.outcomes).toEqual([{ error: expect.objectContaining({ ctor: "Error", message: "plain", $metadata: { attempts: 1, totalRetryDelay: 0 } }) }]);
    const str = await compare({ steps: [{ throw: "boom" }] });
    expect(str.outcomes).toEqual([{ error: expect.objectContaining({ ctor: "Error", message: "boom", $metadata: { attempts: 1, totalRetryDelay: 0 } }) }]);
    const obj = await compare({ steps: [{ throw: { name: "TimeoutError", message: "t" } }] });
    expect(obj.attempts).toHaveLength(3);
    expect(obj.outcomes).toEqual([{ error: expect.objectContaining({ ctor: "Error", name: "TimeoutError", message: "t" }) }]);
    const num = await compare({ steps: [{ throw: 42 }] });
    expect(num.outcomes).toEqual([{ error: expect.objectContaining({ message: "AWS SDK error wrapper for 42" }) }]);
    const nul = await compare({ steps: [{ throw: null }] });
    expect(nul.outcomes).toEqual([{ error: expect.objectContaining({ ctor: "TypeError", $metadata: undefined }) }]);
  });

  it("shares one bucket per client: maxAttempts 2 and always-500 stops retrying after capacity 10", async () => {
    const r = await compare({ steps: [json(500, "ServiceException")], sends: 37, config: () => ({ maxAttempts: 2 }) });
    const attempts = r.outcomes.map((o) => (o as { error: { $metadata: { attempts: number } } }).error.$metadata.attempts);
    expect(attempts).toEqual([...Array(35).fill(2), 1, 1]);
  });

  it("sends max= from the client's maxAttempts even with a custom strategy", async () => {
    const r = await compare({
      steps: [json(500, "ServiceException")],
      config: () => ({ maxAttempts: 3, retryStrategy: new ConfiguredRetryStrategy(5, 100) }),
    });
    expect(r.attempts.map((h) => h["amz-sdk-request"])).toEqual([1, 2, 3, 4, 5].map((n) => `attempt=${n}; max=3`));
    expect(r.outcomes).toEqual([{ error: expect.objectContaining({ $metadata: expect.objectContaining({ attempts: 5, totalRetryDelay: 400 }) }) }]);
  });

  it("sleeps for a custom RetryStrategyV2's token delay and adds it to totalRetryDelay", async () => {
    const custom = (): RetryStrategyV2 => {
      const token = (count: number, delay: number): RetryToken => ({
        getRetryCount: () => count,
        getRetryDelay: () => delay,
        ...(count === 2 ? { $retryLog: { acquisitionDelay: 7 } } : {}),
      });
      return {
        acquireInitialRetryToken: async () => token(0, 0),
        refreshRetryTokenForRetry: async (t, info) => {
          if (t.getRetryCount() >= 3 || info.errorType === "CLIENT_ERROR") throw new Error("custom refusal");
          return token(t.getRetryCount() + 1, 100 * (t.getRetryCount() + 1));
        },
        recordSuccess: () => {},
      };
    };
    const r = await compare({ steps: [json(500, "A"), json(500, "B"), json(500, "C"), json(500, "D")], config: () => ({ retryStrategy: custom() }) });
    expect(r.outcomes).toEqual([{ error: expect.objectContaining({ name: "D", $metadata: expect.objectContaining({ attempts: 4, totalRetryDelay: 607 }) }) }]);
    expect(r.elapsed).toBe(600);
  });

  it("hands a legacy strategy the whole call and reports its mode in the user agent", async () => {
    const legacy = (): RetryStrategy => ({
      mode: "legacy-test",
      retry: async (next, args) => {
        try {
          return await next(args);
        } catch {
          return next(args);
        }
      },
    });
    const r = await compare({ steps: [json(500, "X"), ok], config: () => ({ retryStrategy: legacy() }) });
    expect(r.attempts).toHaveLength(2);
    expect(r.attempts[0]!["amz-sdk-request"]).toBeUndefined();
    expect(r.userAgents[0]).toEqual([["cfg/retry-mode", "legacy-test"]]);
    const deprecated = await compare({
      steps: [json(500, "X"), json(500, "X"), ok],
      config: () => ({ retryStrategy: new DeprecatedStandardRetryStrategy(async () => 3) as RetryStrategy }),
      random: [0],
    });
    expect(deprecated.outcomes).toEqual([{ output: expect.objectContaining({ $metadata: expect.objectContaining({ attempts: 3 }) }) }]);
  });

  it("selects adaptive retries only for retryMode 'adaptive'", async () => {
    const steps = [json(429, "ThrottlingException"), json(429, "ThrottlingException"), ok, ok, json(503, "S"), ok];
    const adaptive = await compare({ steps, sends: 4, config: () => ({ retryMode: "adaptive" }) });
    const standard = await compare({ steps, sends: 4, config: () => ({ retryMode: "Adaptive" }) });
    // the rate limiter's waits make the adaptive run take longer without changing totalRetryDelay
    expect(adaptive.outcomes).toEqual(standard.outcomes);
    expect(adaptive.elapsed).toBeGreaterThan(standard.elapsed);
  });

  it("never retries after an abort and rejects with the SDK's AbortError", async () => {
    // aborted before the send: the handler fails with an AbortError, which is never retried
    const before = await compare({
      steps: [json(500, "S")],
      sendOptions: () => {
        const ac = new AbortController();
        ac.abort();
        return { abortSignal: ac.signal };
      },
    });
    expect(before.attempts).toHaveLength(1);
    expect(before.outcomes).toEqual([
      { error: expect.objectContaining({ name: "AbortError", message: "Request aborted", $metadata: { attempts: 1, totalRetryDelay: 0 } }) },
    ]);
    // aborted during the backoff sleep after a 500
    const during = await compare({
      steps: [json(500, "S"), ok],
      sendOptions: () => {
        const ac = new AbortController();
        setTimeout(() => ac.abort(new Error("user gave up")), 10);
        return { abortSignal: ac.signal };
      },
    });
    expect(during.attempts).toHaveLength(1);
    expect(during.outcomes).toEqual([
      { error: expect.objectContaining({ name: "AbortError", cause: expect.objectContaining({ message: "user gave up" }) }) },
    ]);
    // an AbortError is not retried even when the signal does not say aborted
    const handlerAbort = await compare({
      steps: [{ throw: Object.assign(new Error("The operation was aborted"), { name: "AbortError", code: "ECONNRESET" }) }, ok],
    });
    expect(handlerAbort.outcomes).toEqual([{ error: expect.objectContaining({ name: "AbortError", $metadata: { attempts: 1, totalRetryDelay: 0 } }) }]);
  });

  it("never retries a streaming request body and warns through the client's logger, or console for NoOpLogger", async () => {
    const warnings: unknown[] = [];
    const logger = (): Logger => ({ debug() {}, info() {}, warn: (m: unknown) => void warnings.push(m), error() {} });
    const r = await compare({ steps: [json(503, "S"), ok], streamingBody: true, logger });
    expect(r.attempts).toHaveLength(1);
    expect(r.outcomes).toEqual([{ error: expect.objectContaining({ name: "S", $metadata: { httpStatusCode: 503, requestId: undefined } }) }]);
    expect(warnings).toEqual(Array(2).fill("An error was encountered in a non-retryable streaming request."));
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await compare({ steps: [json(503, "S"), ok], streamingBody: true, logger: () => new NoOpLogger() });
    expect(consoleWarn).toHaveBeenCalledTimes(2);
    expect(consoleWarn).toHaveBeenCalledWith("An error was encountered in a non-retryable streaming request.");
  });

  it("sends every attempt on a fresh clone, so in-place signing never leaks into the next attempt", async () => {
    const r = await run(ours, { steps: [json(500, "S"), json(500, "S"), ok], mutatingSigner: true });
    expect(r.attempts).toHaveLength(3);
    expect(r.attempts[0]).not.toHaveProperty("authorization");
    for (const headers of r.attempts.slice(1)) {
      expect(headers).not.toHaveProperty("authorization");
      expect(headers).not.toHaveProperty("x-first-only");
      expect(headers).not.toHaveProperty("x-amz-date");
    }
    expect(r.original[0]).toEqual({
      "content-type": "application/json",
      "amz-sdk-invocation-id": "id-0",
      "amz-sdk-request": "attempt=3; max=3",
    });
  });
});
