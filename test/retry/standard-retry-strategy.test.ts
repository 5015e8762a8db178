import { StandardRetryStrategy as SdkStandard } from "@smithy/core/retry";
import type { RetryErrorInfo, RetryErrorType, SdkError, StandardRetryToken } from "@smithy/types";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StandardRetryStrategy } from "../../src/retry/index.js";
import { drive, scriptRandom, settle } from "./helpers.js";

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

/** One attempt's failure, built at the (fake) time it happens; "ok" ends the operation with a success. */
type Outcome = "ok" | { type: RetryErrorType; hintMs?: number };
type Op = { outcomes: Outcome[]; scope?: string };
type Strategy = Pick<StandardRetryStrategy, "acquireInitialRetryToken" | "refreshRetryTokenForRetry" | "recordSuccess" | "getCapacity">;

const errorInfo = (o: Exclude<Outcome, "ok">): RetryErrorInfo => ({
  errorType: o.type,
  error: Object.assign(new Error("boom"), { $metadata: {} }) as SdkError,
  ...(o.hintMs === undefined ? {} : { retryAfterHint: new Date(Date.now() + o.hintMs) }),
});

const describeError = (e: unknown) => ({
  plainError: Object.getPrototypeOf(e) === Error.prototype,
  message: (e as Error).message,
});

/** Drives a strategy the way the retry middleware does and logs everything observable. */
const run = async (strategy: Strategy, ops: Op[], random: number[]) => {
  vi.clearAllTimers();
  vi.setSystemTime(T0);
  scriptRandom(random);
  const log: unknown[] = [];
  for (const op of ops) {
    let token = (await strategy.acquireInitialRetryToken(op.scope ?? "")) as StandardRetryToken;
    log.push({ initial: [token.getRetryCount(), token.getRetryDelay(), token.getRetryCost()] });
    for (const outcome of op.outcomes) {
      if (outcome === "ok") {
        strategy.recordSuccess(token);
        log.push({ success: strategy.getCapacity() });
        break;
      }
      const start = Date.now();
      const result = await settle(() => drive(strategy.refreshRetryTokenForRetry(token, errorInfo(outcome))));
      const slept = Date.now() - start;
      if ("err" in result) {
        log.push({ refused: describeError(result.err), capacity: strategy.getCapacity(), slept });
        break;
      }
      token = result.ok;
      log.push({
        count: token.getRetryCount(),
        delay: token.getRetryDelay(),
        acquisitionDelay: token.$retryLog?.acquisitionDelay,
        cost: token.getRetryCost(),
        longPoll: token.isLongPoll?.(),
        capacity: strategy.getCapacity(),
        slept,
      });
    }
  }
  return log;
};

const both = async (maxAttempts: number, ops: Op[], random: number[]) => ({
  sdk: await run(new SdkStandard(maxAttempts) as unknown as Strategy, ops, random),
  ours: await run(new StandardRetryStrategy(maxAttempts), ops, random),
});

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("StandardRetryStrategy", () => {
  it("uses full jitter from 50 ms, doubling per retry, capped at 20 s", async () => {
    const ops: Op[] = [{ outcomes: Array(12).fill({ type: "TRANSIENT" }) }];
    const { sdk, ours } = await both(12, ops, [0.5]);
    expect(ours).toEqual(sdk);
    const delays = (ours.slice(1) as { acquisitionDelay?: number }[]).map((e) => e.acquisitionDelay);
    // floor(0.5 * min(50 * 2^i, 20000))
    expect(delays.slice(0, 11)).toEqual([25, 50, 100, 200, 400, 800, 1600, 3200, 6400, 10000, 10000]);
  });

  it("uses a 1000 ms base and costs 5 tokens for throttling, 14 for others", async () => {
    const ops: Op[] = [{ outcomes: [{ type: "THROTTLING" }, { type: "THROTTLING" }, { type: "TRANSIENT" }, "ok"] }];
    const { sdk, ours } = await both(4, ops, [0.99]);
    expect(ours).toEqual(sdk);
    expect(ours.slice(1, 4)).toMatchObject([
      { acquisitionDelay: 990, cost: 5, capacity: 495, slept: 990, delay: 0, count: 1 },
      { acquisitionDelay: 1980, cost: 5, capacity: 490, slept: 1980, count: 2 },
      { acquisitionDelay: 198, cost: 14, capacity: 476, slept: 198, count: 3 },
    ]);
    expect(ours[4]).toEqual({ success: 490 });
  });

  it("refuses SERVER_ERROR and CLIENT_ERROR, and the last attempt, with the SDK's error", async () => {
    const ops: Op[] = [
      { outcomes: [{ type: "SERVER_ERROR" }] },
      { outcomes: [{ type: "CLIENT_ERROR" }] },
      { outcomes: [{ type: "TRANSIENT" }, { type: "TRANSIENT" }, { type: "TRANSIENT" }] },
    ];
    const { sdk, ours } = await both(3, ops, [0.3]);
    expect(ours).toEqual(sdk);
    const refusals = ours.filter((e) => (e as { refused?: unknown }).refused);
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toEqual({
      refused: { plainError: true, message: "No retry token available" },
      capacity: 500,
      slept: 0,
    });
    await expect(
      new StandardRetryStrategy(3).refreshRetryTokenForRetry(
        await new StandardRetryStrategy(3).acquireInitialRetryToken(""),
        { errorType: "CLIENT_ERROR" },
      ),
    ).rejects.toThrow(new Error("No retry token available"));
  });

  it("drains the bucket 500 -> 486 -> ... -> 10 with maxAttempts 2 and always-500, then stops retrying", async () => {
    const ops: Op[] = Array.from({ length: 37 }, () => ({
      outcomes: [{ type: "TRANSIENT" as const }, { type: "TRANSIENT" as const }],
    }));
    const { sdk, ours } = await both(2, ops, [0.5]);
    expect(ours).toEqual(sdk);
    const capacities = (ours as { capacity?: number; count?: number }[])
      .filter((e) => e.count === 1)
      .map((e) => e.capacity);
    expect(capacities).toEqual(Array.from({ length: 35 }, (_, i) => 486 - 14 * i));
    expect(capacities.at(-1)).toBe(10);
    // the 36th and 37th operations are refused on their first failure
    expect(ours.slice(-4)).toEqual([
      { initial: [0, 50, undefined] },
      { refused: { plainError: true, message: "No retry token available" }, capacity: 10, slept: 0 },
      { initial: [0, 50, undefined] },
      { refused: { plainError: true, message: "No retry token available" }, capacity: 10, slept: 0 },
    ]);
  });

  it("refunds the retry's cost on success, or 1 token after a first-try success, capped at 500", async () => {
    const ops: Op[] = [
      { outcomes: [{ type: "TRANSIENT" }, { type: "THROTTLING" }, "ok"] },
      { outcomes: ["ok"] },
      { outcomes: [{ type: "TRANSIENT" }, "ok"] },
      ...Array.from({ length: 20 }, () => ({ outcomes: ["ok" as const] })),
    ];
    const { sdk, ours } = await both(3, ops, [0.1]);
    expect(ours).toEqual(sdk);
    const successes = ours.filter((e) => (e as { success?: number }).success !== undefined);
    expect(successes.slice(0, 4)).toEqual([{ success: 486 }, { success: 487 }, { success: 487 }, { success: 488 }]);
    expect(successes.at(-1)).toEqual({ success: 500 });
  });

  it("applies a Retry-After hint as max(backoff, min(hint - now, backoff + 5000)), beyond the 20 s cap", async () => {
    const ops: Op[] = [
      {
        outcomes: [
          { type: "THROTTLING", hintMs: 2000 },
          { type: "THROTTLING", hintMs: 30_000 },
          { type: "TRANSIENT", hintMs: -5000 },
          { type: "TRANSIENT", hintMs: 10 },
          { type: "CLIENT_ERROR", hintMs: 9000 },
        ],
      },
      { outcomes: Array(10).fill({ type: "THROTTLING", hintMs: 60_000 }) },
    ];
    const { sdk, ours } = await both(10, ops, [0.025]);
    expect(ours).toEqual(sdk);
    expect(ours.slice(1, 6)).toMatchObject([
      { acquisitionDelay: 2000 }, // backoff 25, hint 2000
      { acquisitionDelay: 5050 }, // backoff 50 + 5000
      { acquisitionDelay: 5 }, // a past hint never shortens the backoff
      { acquisitionDelay: 10 }, // backoff 10, hint 10
      { refused: { message: "No retry token available" }, slept: 0 },
    ]);
    const capped = ours.slice(7) as { acquisitionDelay?: number }[];
    // backoff is capped at 20000 * 0.025 = 500; the hint still adds up to 5000 on top
    expect(capped.map((e) => e.acquisitionDelay).filter((d) => d !== undefined).at(-1)).toBe(5500);
  });

  it("sleeps for the backoff before a ':longpoll' scope is refused for capacity", async () => {
    const drain: Op[] = Array.from({ length: 36 }, () => ({ outcomes: [{ type: "TRANSIENT" as const }, "ok" as const] }));
    const ops: Op[] = [
      ...Array.from({ length: 36 }, () => ({ outcomes: [{ type: "TRANSIENT" as const }] })),
      { scope: "x:longpoll", outcomes: [{ type: "TRANSIENT" }, { type: "CLIENT_ERROR" }] },
      { scope: "x:longpoll", outcomes: [{ type: "THROTTLING" }, { type: "THROTTLING" }, { type: "THROTTLING" }] },
      ...drain.slice(0, 1),
    ];
    const { sdk, ours } = await both(5, ops, [0.5]);
    expect(ours).toEqual(sdk);
    expect(ours).toContainEqual({
      refused: { plainError: true, message: "No retry token available" },
      capacity: 10,
      slept: 25,
    });
  });

  it("reads maxAttempts from a provider each time and falls back to 3 when it throws", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const failing = async () => {
      throw new Error("nope");
    };
    const make = (S: typeof StandardRetryStrategy) => new S(failing);
    const ops: Op[] = [{ outcomes: Array(4).fill({ type: "TRANSIENT" }) }];
    const sdk = await run(make(SdkStandard as unknown as typeof StandardRetryStrategy), ops, [0.5]);
    const ours = await run(make(StandardRetryStrategy), ops, [0.5]);
    expect(ours).toEqual(sdk);
    expect(ours.filter((e) => (e as { count?: number }).count !== undefined)).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith("Max attempts provider could not resolve. Using default of 3");
    expect(await new StandardRetryStrategy(async () => 7).maxAttempts()).toBe(7);
    expect(await new StandardRetryStrategy({ maxAttempts: 4 }).maxAttempts()).toBe(4);
    expect(await new StandardRetryStrategy().maxAttempts()).toBe(3);
  });

  it("honors the options form: baseDelay and a custom backoff", async () => {
    const ops: Op[] = [{ outcomes: [{ type: "TRANSIENT" }, { type: "THROTTLING" }, { type: "TRANSIENT" }] }];
    const backoff = () => {
      let base = 0;
      return { setDelayBase: (d: number) => void (base = d), computeNextBackoffDelay: (i: number) => base + i };
    };
    const sdk = await run(new SdkStandard({ maxAttempts: 4, baseDelay: 300, backoff: backoff() }) as unknown as Strategy, ops, [0.5]);
    const ours = await run(new StandardRetryStrategy({ maxAttempts: 4, baseDelay: 300, backoff: backoff() }), ops, [0.5]);
    expect(ours).toEqual(sdk);
    expect(ours.slice(1).map((e) => (e as { acquisitionDelay: number }).acquisitionDelay)).toEqual([300, 1001, 302]);
    const sdkBase = await run(new SdkStandard({ maxAttempts: 4, baseDelay: 300 }) as unknown as Strategy, ops, [0.5]);
    const oursBase = await run(new StandardRetryStrategy({ maxAttempts: 4, baseDelay: 300 }), ops, [0.5]);
    expect(oursBase).toEqual(sdkBase);
    expect((oursBase[1] as { acquisitionDelay: number }).acquisitionDelay).toBe(150);
  });

  it("matches the SDK on random sequences of errors, hints and jitter", async () => {
    const outcome = fc.oneof(
      fc.constant<Outcome>("ok"),
      fc.record({
        type: fc.constantFrom<RetryErrorType>("THROTTLING", "TRANSIENT", "SERVER_ERROR", "CLIENT_ERROR"),
        hintMs: fc.option(fc.integer({ min: -30_000, max: 60_000 }), { nil: undefined }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.record({ outcomes: fc.array(outcome, { minLength: 1, maxLength: 7 }) }), { maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 0.9999999, noNaN: true }), { minLength: 1, maxLength: 8 }),
        async (maxAttempts, ops, random) => {
          const { sdk, ours } = await both(maxAttempts, ops, random);
          expect(ours).toEqual(sdk);
        },
      ),
      { numRuns: 60 },
    );
  });
});
