import { WaiterState, type WaiterResult } from "@smithy/core/client";

/** Timing and cancellation options of {@link pollWithBackoff}; all times in seconds. */
export interface PollOptions {
  maxWaitTime: number;
  minDelay: number;
  maxDelay: number;
  abortSignal?: { aborted: boolean } | undefined;
  abortController?: { signal: { aborted: boolean } } | undefined;
}

/** One poll's verdict: `SUCCESS`, `FAILURE` or `RETRY`, with what was observed. */
export interface PollVerdict<R> {
  state: WaiterState;
  reason: R | undefined;
}

/**
 * Calls `check` until it returns `SUCCESS` or `FAILURE`, sleeping between calls with exponential backoff and full
 * jitter in `[minDelay, min(maxDelay, minDelay * 2^(attempt-1))]`, as smithy's waiters do. Unlike smithy's poller
 * it never polls in bursts near the deadline (the last sleep is shortened so one final poll lands on it), stops
 * sleeping at once when aborted (no timer keeps the process alive), and keeps the last observation in
 * `reason`/`final` on timeout and abort too.
 */
export async function pollWithBackoff<R>(
  options: PollOptions,
  check: (signal: AbortSignal) => Promise<PollVerdict<R>>,
): Promise<WaiterResult<R>> {
  validatePollOptions(options);
  const stop = new AbortController();
  const unlink = [options.abortSignal, options.abortController?.signal].map((signal) => linkSignal(signal, stop));
  const observedResponses: Record<string, number> = {};
  const deadline = Date.now() + options.maxWaitTime * 1000;
  let last: R | undefined;
  const result = (state: WaiterState): WaiterResult<R> => ({ state, reason: last, final: last, observedResponses });
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return result(WaiterState.TIMEOUT);
        await sleep(Math.min(backoffDelay(options, attempt), remaining), stop.signal);
      }
      if (stop.signal.aborted) return result(WaiterState.ABORTED);
      const verdict = await unlessAborted(check(stop.signal), stop.signal);
      if (verdict === undefined) return result(WaiterState.ABORTED);
      last = verdict.reason;
      const key = describeObservation(verdict.reason);
      observedResponses[key] = (observedResponses[key] ?? 0) + 1;
      if (verdict.state !== WaiterState.RETRY) return result(verdict.state);
    }
  } finally {
    for (const fn of unlink) fn();
  }
}

/** Rejects bad timing options with smithy's `validateWaiterOptions` messages (and also NaN). */
function validatePollOptions({ maxWaitTime, minDelay, maxDelay }: PollOptions): void {
  if (!(maxWaitTime > 0)) throw new Error("WaiterConfiguration.maxWaitTime must be greater than 0");
  if (!(minDelay > 0)) throw new Error("WaiterConfiguration.minDelay must be greater than 0");
  if (!(maxDelay > 0)) throw new Error("WaiterConfiguration.maxDelay must be greater than 0");
  if (maxWaitTime <= minDelay) {
    throw new Error(`WaiterConfiguration.maxWaitTime [${maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${minDelay}] for this waiter`);
  }
  if (maxDelay < minDelay) {
    throw new Error(`WaiterConfiguration.maxDelay [${maxDelay}] must be greater than WaiterConfiguration.minDelay [${minDelay}] for this waiter`);
  }
}

function backoffDelay(options: PollOptions, attempt: number): number {
  const floor = options.minDelay * 1000;
  return floor + Math.random() * (backoffCeilingMs(options, attempt) - floor);
}

/**
 * The longest sleep before poll number `attempt` (1 for the second poll): `min(maxDelay, minDelay * 2^(attempt-1))`
 * in milliseconds. The CLI's progress line shows it as the latest time of the next poll.
 */
export function backoffCeilingMs({ minDelay, maxDelay }: Pick<PollOptions, "minDelay" | "maxDelay">, attempt: number): number {
  return Math.min(maxDelay, minDelay * 2 ** Math.min(attempt - 1, 52)) * 1000;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}

/** Settles with `work`, or with `undefined` as soon as `signal` aborts (a request handler may ignore the signal). */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Forwards an abort from a caller's signal (a real `AbortSignal` or the SDK's legacy `onabort` one) to `stop`. */
function linkSignal(signal: { aborted: boolean } | undefined, stop: AbortController): () => void {
  if (!signal) return () => {};
  if (signal.aborted) stop.abort();
  const onAbort = (): void => stop.abort();
  const target = signal as { aborted: boolean; addEventListener?: unknown; removeEventListener?: unknown; onabort?: unknown };
  if (typeof target.addEventListener === "function" && typeof target.removeEventListener === "function") {
    const real = target as AbortSignal;
    real.addEventListener("abort", onAbort);
    return () => real.removeEventListener("abort", onAbort);
  }
  target.onabort = onAbort;
  return () => {};
}

/** The key smithy uses to count observed responses, e.g. `200: OK` or `404: Function not found`. */
function describeObservation(reason: unknown): string {
  const r = reason as { $metadata?: { httpStatusCode?: number }; message?: string } | undefined;
  const status = r?.$metadata?.httpStatusCode;
  if (reason instanceof Error) return status ? `${status}: ${reason.message}` : String(reason.message);
  return status ? `${status}: OK` : "OK";
}
