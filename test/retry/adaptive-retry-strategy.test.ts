import { AdaptiveRetryStrategy as SdkAdaptive, DefaultRateLimiter as SdkRateLimiter } from "@smithy/core/retry";
import type { RetryErrorInfo, RetryErrorType, SdkError, StandardRetryToken } from "@smithy/types";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdaptiveRetryStrategy, DefaultRateLimiter } from "../../src/retry/index.js";
import { clampTimersLikeNode, drive, scriptRandom, settle } from "./helpers.js";

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0, 123);

type Limiter = Pick<DefaultRateLimiter, "getSendToken" | "updateClientSendingRate">;
type Event = { dt: number; kind: "throttle" | "throttleByName" | "success" | "send" };

/** Every field of a rate limiter: both implementations use the SDK's field names. */
const snapshot = (limiter: object) => ({ ...limiter });

const runLimiter = async (limiter: Limiter, events: Event[]) => {
  const log: unknown[] = [];
  for (const { dt, kind } of events) {
    await vi.advanceTimersByTimeAsync(dt);
    const start = Date.now();
    if (kind === "send") await drive(limiter.getSendToken());
    else if (kind === "success") limiter.updateClientSendingRate({});
    else if (kind === "throttle") limiter.updateClientSendingRate({ errorType: "THROTTLING" });
    else limiter.updateClientSendingRate({ errorType: "TRANSIENT", error: { name: "ThrottlingException" } });
    log.push({ kind, waited: Date.now() - start, state: snapshot(limiter) });
  }
  return log;
};

const bothLimiters = async (events: Event[]) => {
  vi.setSystemTime(T0);
  const sdk = await runLimiter(new SdkRateLimiter(), events);
  vi.setSystemTime(T0);
  const ours = await runLimiter(new DefaultRateLimiter(), events);
  return { sdk, ours };
};

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  clampTimersLikeNode();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("DefaultRateLimiter", () => {
  it("does not limit until the first throttle, then applies CUBIC with the SDK's constants", async () => {
    const events: Event[] = [
      ...Array.from({ length: 10 }, () => ({ dt: 100, kind: "success" as const })),
      { dt: 0, kind: "send" },
      { dt: 50, kind: "throttle" },
      { dt: 0, kind: "send" },
      { dt: 0, kind: "send" },
      { dt: 0, kind: "send" },
      ...Array.from({ length: 8 }, () => ({ dt: 700, kind: "success" as const })),
      { dt: 0, kind: "send" },
      { dt: 10, kind: "throttleByName" },
      { dt: 0, kind: "send" },
    ];
    const { sdk, ours } = await bothLimiters(events);
    expect(ours).toEqual(sdk);
    const first = ours[10] as { waited: number; state: { enabled: boolean } };
    expect(first).toMatchObject({ kind: "send", waited: 0, state: { enabled: false } });
    const throttled = ours[11] as { state: Record<string, number | boolean> };
    expect(throttled.state.enabled).toBe(true);
    // lastMaxRate = measured rate; rate = lastMaxRate * 0.7; fill rate at least 0.5 tokens/s
    expect(throttled.state.fillRate).toBe(Math.max(0.5, Math.min(+(throttled.state.lastMaxRate as number * 0.7).toFixed(8), 2 * (throttled.state.measuredTxRate as number))));
    expect(throttled.state.timeWindow).toBe(+Math.cbrt(((throttled.state.lastMaxRate as number) * 0.3) / 0.4).toFixed(8));
    // once enabled, sends wait for tokens
    expect(ours.slice(12, 15).some((e) => (e as { waited: number }).waited > 0)).toBe(true);
  });

  it("matches the SDK on random timelines of throttles, successes and sends", async () => {
    const event = fc.record({
      dt: fc.integer({ min: 0, max: 3000 }),
      kind: fc.constantFrom<Event["kind"]>("throttle", "throttleByName", "success", "success", "send", "send"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 40 }), async (events) => {
        const { sdk, ours } = await bothLimiters(events);
        expect(ours).toEqual(sdk);
      }),
      { numRuns: 60 },
    );
  });

  it("accepts the SDK's tuning options", async () => {
    const options = { beta: 0.5, minCapacity: 2, minFillRate: 1, scaleConstant: 0.2, smooth: 0.6 };
    const events: Event[] = [
      { dt: 600, kind: "success" },
      { dt: 600, kind: "throttle" },
      { dt: 0, kind: "send" },
      { dt: 900, kind: "success" },
    ];
    vi.setSystemTime(T0);
    const sdk = await runLimiter(new SdkRateLimiter(options), events);
    vi.setSystemTime(T0);
    const ours = await runLimiter(new DefaultRateLimiter(options), events);
    expect(ours).toEqual(sdk);
    expect((ours[0] as { state: { smooth: number } }).state.smooth).toBe(0.6);
  });
});

type Outcome = "ok" | { type: RetryErrorType; dt: number };
type Strategy = Pick<AdaptiveRetryStrategy, "acquireInitialRetryToken" | "refreshRetryTokenForRetry" | "recordSuccess">;

/** Creates the strategy at T0 (the rate limiter reads the clock when built) and drives it like the middleware. */
const runStrategy = async (create: () => unknown, ops: Outcome[][], random: number[]) => {
  vi.clearAllTimers();
  vi.setSystemTime(T0);
  scriptRandom(random);
  const strategy = create() as Strategy;
  const internals = strategy as unknown as { rateLimiter: object; standardRetryStrategy: { getCapacity(): number } };
  const log: unknown[] = [];
  for (const outcomes of ops) {
    let start = Date.now();
    let token = (await drive(strategy.acquireInitialRetryToken(""))) as StandardRetryToken;
    log.push({ initialWait: Date.now() - start });
    for (const outcome of outcomes) {
      if (outcome === "ok") {
        strategy.recordSuccess(token);
        log.push({ success: internals.standardRetryStrategy.getCapacity(), limiter: snapshot(internals.rateLimiter) });
        break;
      }
      await vi.advanceTimersByTimeAsync(outcome.dt);
      const info: RetryErrorInfo = { errorType: outcome.type, error: new Error("x") as SdkError };
      start = Date.now();
      const result = await settle(() => drive(strategy.refreshRetryTokenForRetry(token, info)));
      const entry = { waited: Date.now() - start, limiter: snapshot(internals.rateLimiter) };
      if ("err" in result) {
        log.push({ ...entry, refused: (result.err as Error).message });
        break;
      }
      token = result.ok as StandardRetryToken;
      log.push({ ...entry, count: token.getRetryCount(), acquisitionDelay: token.$retryLog?.acquisitionDelay, capacity: internals.standardRetryStrategy.getCapacity() });
    }
  }
  return log;
};

describe("AdaptiveRetryStrategy", () => {
  it("retries like the standard strategy and adds rate-limiter waits that are not in acquisitionDelay", async () => {
    const ops: Outcome[][] = [
      ["ok"],
      [{ type: "THROTTLING", dt: 10 }, { type: "THROTTLING", dt: 10 }, "ok"],
      [{ type: "TRANSIENT", dt: 5 }, "ok"],
      [{ type: "THROTTLING", dt: 0 }, { type: "THROTTLING", dt: 0 }, { type: "THROTTLING", dt: 0 }],
      [{ type: "CLIENT_ERROR", dt: 0 }],
      ["ok"],
    ];
    const sdk = await runStrategy(() => new SdkAdaptive(3), ops, [0.5]);
    const ours = await runStrategy(() => new AdaptiveRetryStrategy(3), ops, [0.5]);
    expect(ours).toEqual(sdk);
    const retries = ours.filter((e) => (e as { count?: number }).count !== undefined) as { acquisitionDelay: number; waited: number; capacity: number }[];
    expect(retries[0]).toMatchObject({ acquisitionDelay: 500, capacity: 495 });
    // the send token wait (after the first throttle) is on top of the backoff
    expect(retries[0]!.waited).toBeGreaterThan(500);
    expect(ours.at(-1)).toMatchObject({ success: expect.any(Number) });
  });

  it("builds its standard strategy from options like the SDK (maxAttempts from the number, else 3)", async () => {
    const ops: Outcome[][] = [Array(6).fill({ type: "TRANSIENT", dt: 0 })];
    for (const [arg, options] of [
      [5, undefined],
      [async () => 4, undefined],
      [async () => 5, { baseDelay: 10 }],
      [2, { baseDelay: 10 }],
      [2, { maxAttempts: 5 }],
    ] as const) {
      const sdk = await runStrategy(() => new SdkAdaptive(arg, options), ops, [0.7]);
      const ours = await runStrategy(() => new AdaptiveRetryStrategy(arg, options), ops, [0.7]);
      expect(ours).toEqual(sdk);
    }
    expect(await new AdaptiveRetryStrategy(async () => 4, { baseDelay: 1 }).maxAttemptsProvider()).toBe(3);
    expect(await new AdaptiveRetryStrategy(6).maxAttemptsProvider()).toBe(6);
    expect(new AdaptiveRetryStrategy(1).mode).toBe("adaptive");
  });

  it("uses a given rate limiter", async () => {
    const calls: unknown[] = [];
    const rateLimiter = {
      getSendToken: async () => void calls.push("token"),
      updateClientSendingRate: (r: unknown) => void calls.push(r),
    };
    const s = new AdaptiveRetryStrategy(3, { rateLimiter });
    const t = await s.acquireInitialRetryToken("");
    const info: RetryErrorInfo = { errorType: "TRANSIENT" };
    scriptRandom([0]);
    const next = await drive(s.refreshRetryTokenForRetry(t as StandardRetryToken, info));
    s.recordSuccess(next as StandardRetryToken);
    expect(calls).toEqual(["token", info, "token", {}]);
  });

  it("matches the SDK on random operations", async () => {
    const outcome = fc.oneof(
      fc.constant<Outcome>("ok"),
      fc.record({ type: fc.constantFrom<RetryErrorType>("THROTTLING", "THROTTLING", "TRANSIENT", "CLIENT_ERROR"), dt: fc.integer({ min: 0, max: 2000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(outcome, { minLength: 1, maxLength: 5 }), { maxLength: 10 }),
        fc.array(fc.double({ min: 0, max: 0.9999, noNaN: true }), { minLength: 1, maxLength: 5 }),
        async (ops, random) => {
          const sdk = await runStrategy(() => new SdkAdaptive(4), ops, random);
          const ours = await runStrategy(() => new AdaptiveRetryStrategy(4), ops, random);
          expect(ours).toEqual(sdk);
        },
      ),
      { numRuns: 40 },
    );
  });
});
