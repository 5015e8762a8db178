import type { RetryErrorInfo } from "@smithy/types";

/** An `AbortSignal`, or a legacy one that has only `onabort`. */
export type StopSignal = {
  /** True once the signal has fired. */
  aborted: boolean;
  /** The legacy handler property some signals have instead of `addEventListener`. */
  onabort?: unknown;
} & Partial<Pick<AbortSignal, "addEventListener" | "removeEventListener">>;

/**
 * Where the retry middleware puts the send's stop signals (the caller's `abortSignal`, the client's
 * destroy signal) on the error info it hands the strategy. A symbol, so the public shape of
 * `RetryErrorInfo` is unchanged and other strategies simply ignore it.
 */
const STOP_SIGNALS = Symbol("lambda-esm.stopSignals");

/** Returns `errorInfo` carrying `signals`, for {@link stopSignalsOf}. */
export function withStopSignals(errorInfo: RetryErrorInfo, signals: (StopSignal | undefined)[]): RetryErrorInfo {
  return Object.assign(errorInfo, { [STOP_SIGNALS]: signals.filter((s): s is StopSignal => s !== undefined) });
}

/** The stop signals the retry middleware attached to `errorInfo` (none for error info from elsewhere). */
export function stopSignalsOf(errorInfo: RetryErrorInfo): StopSignal[] {
  return (errorInfo as { [STOP_SIGNALS]?: StopSignal[] })[STOP_SIGNALS] ?? [];
}

/**
 * Waits `ms`, or until one of `signals` aborts: then the timer is cleared (so it holds no process open)
 * and the promise rejects with an `AbortError`. The retry middleware has already rejected the send by
 * then; this only makes sure that nothing is left waiting.
 */
export function stoppableSleep(ms: number, signals: StopSignal[] = []): Promise<void> {
  if (signals.some((s) => s.aborted)) return Promise.reject(stoppedError());
  return new Promise((resolve, reject) => {
    const cleanups: (() => void)[] = [];
    const done = () => cleanups.forEach((cleanup) => cleanup());
    const timer = setTimeout(() => (done(), resolve()), ms);
    const onAbort = () => (clearTimeout(timer), done(), reject(stoppedError()));
    for (const signal of signals) {
      if (typeof signal.addEventListener === "function") {
        signal.addEventListener("abort", onAbort, { once: true });
        cleanups.push(() => signal.removeEventListener?.("abort", onAbort));
      }
    }
  });
}

function stoppedError(): Error {
  return Object.assign(new Error("Retry backoff stopped: the send was aborted or its client destroyed"), { name: "AbortError" });
}
