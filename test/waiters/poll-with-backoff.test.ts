import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pollWithBackoff, type PollVerdict } from "../../src/waiters/poll-with-backoff.js";
import type { WaiterState } from "@smithy/core/client";

// Fake timers (Date included) make the schedule exact: each check records the virtual time it ran at.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function recorder(verdicts: string[] = []) {
  const times: number[] = [];
  const check = async (): Promise<PollVerdict<number>> => {
    times.push(Date.now());
    return { state: (verdicts[times.length - 1] ?? "RETRY") as WaiterState, reason: times.length };
  };
  return { times, check };
}

describe("pollWithBackoff schedule", () => {
  it("doubles the delay up to maxDelay and makes one last poll exactly at the deadline", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1); // the top of each jitter range
    const { times, check } = recorder();
    const done = pollWithBackoff({ maxWaitTime: 10, minDelay: 1, maxDelay: 4 }, check);
    await vi.runAllTimersAsync();
    const result = await done;
    expect(times).toEqual([0, 1000, 3000, 7000, 10000]);
    expect(result).toMatchObject({ state: "TIMEOUT", reason: 5, final: 5, observedResponses: { OK: 5 } });
  });

  it("jitters within [minDelay, capped delay]", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { times, check } = recorder(["RETRY", "RETRY", "RETRY", "SUCCESS"]);
    const done = pollWithBackoff({ maxWaitTime: 60, minDelay: 2, maxDelay: 4 }, check);
    await vi.runAllTimersAsync();
    // delays: 2 + 0.5*(2-2) = 2, 2 + 0.5*(4-2) = 3, then capped at 4: 3
    expect(times).toEqual([0, 2000, 5000, 8000]);
    expect((await done).state).toBe("SUCCESS");
  });

  it("accepts fractional seconds", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const { times, check } = recorder(["RETRY", "RETRY", "FAILURE"]);
    const done = pollWithBackoff({ maxWaitTime: 1, minDelay: 0.05, maxDelay: 0.1 }, check);
    await vi.runAllTimersAsync();
    expect(times).toEqual([0, 50, 100]);
    expect(await done).toMatchObject({ state: "FAILURE", reason: 3 });
  });
});

describe("pollWithBackoff abort", () => {
  it("stops sleeping at once when aborted and leaves no timer behind", async () => {
    const controller = new AbortController();
    const { times, check } = recorder();
    const done = pollWithBackoff({ maxWaitTime: 600, minDelay: 30, maxDelay: 60, abortSignal: controller.signal }, check);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    const result = await done;
    expect(result).toMatchObject({ state: "ABORTED", reason: 1 });
    expect(times).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("abandons a poll in flight and aborts the signal it was given", async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const done = pollWithBackoff({ maxWaitTime: 600, minDelay: 1, maxDelay: 2, abortController: controller }, (signal) => {
      seen = signal;
      return new Promise<PollVerdict<number>>(() => {});
    });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await done).toMatchObject({ state: "ABORTED" });
    expect(seen?.aborted).toBe(true);
  });

  it("honours the SDK's legacy onabort-style signal", async () => {
    const signal: { aborted: boolean; onabort?: () => void } = { aborted: false };
    const { check } = recorder();
    const done = pollWithBackoff({ maxWaitTime: 600, minDelay: 30, maxDelay: 60, abortSignal: signal }, check);
    await vi.advanceTimersByTimeAsync(10);
    signal.aborted = true;
    signal.onabort?.();
    expect((await done).state).toBe("ABORTED");
  });

  it("does not poll at all when the signal is already aborted", async () => {
    const { times, check } = recorder();
    const result = await pollWithBackoff({ maxWaitTime: 10, minDelay: 1, maxDelay: 2, abortSignal: AbortSignal.abort() }, check);
    expect(result.state).toBe("ABORTED");
    expect(times).toEqual([]);
  });
});

describe("pollWithBackoff options", () => {
  it.each([
    [{ maxWaitTime: 0, minDelay: 1, maxDelay: 2 }, "WaiterConfiguration.maxWaitTime must be greater than 0"],
    [{ maxWaitTime: 10, minDelay: 0, maxDelay: 2 }, "WaiterConfiguration.minDelay must be greater than 0"],
    [{ maxWaitTime: 10, minDelay: 1, maxDelay: Number.NaN }, "WaiterConfiguration.maxDelay must be greater than 0"],
    [{ maxWaitTime: 1, minDelay: 1, maxDelay: 2 }, "WaiterConfiguration.maxWaitTime [1] must be greater than WaiterConfiguration.minDelay [1] for this waiter"],
    [{ maxWaitTime: 10, minDelay: 3, maxDelay: 2 }, "WaiterConfiguration.maxDelay [2] must be greater than WaiterConfiguration.minDelay [3] for this waiter"],
  ])("rejects %j with smithy's message", async (options, message) => {
    const { times, check } = recorder();
    await expect(pollWithBackoff(options, check)).rejects.toThrow(message);
    expect(times).toEqual([]);
  });
});
