/** The message of the error a send gets when its client is destroyed while it is in flight or backing off. */
export const CLIENT_DESTROYED_MESSAGE =
  "The client was destroyed (destroy() was called) while this request was in flight or waiting to retry; it was not sent again";

/**
 * Builds the error a pending send rejects with when its client is destroyed: named `AbortError`, as an
 * aborted send's error is, so code that already treats aborts as "stop, do not report" needs nothing new.
 *
 * @example
 * ```ts
 * if (error.name === "AbortError") return; // the client was destroyed or the caller aborted
 * ```
 */
export function clientDestroyedError(): Error {
  return Object.assign(new Error(CLIENT_DESTROYED_MESSAGE), { name: "AbortError" });
}

/**
 * One signal per "life" of a client: every send captures the current signal when it starts, and
 * `destroy()` aborts it, which rejects those sends and cancels their backoff timers. A fresh signal
 * replaces it at once, so a client stays usable after `destroy()` as the SDK's does (new sends work;
 * only the ones that were pending are stopped).
 */
export class ClientLifecycle {
  private controller = new AbortController();

  /** The signal the sends started from now on belong to. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Aborts every send started so far and starts a new life for later sends. */
  destroy(): void {
    const ended = this.controller;
    this.controller = new AbortController();
    ended.abort(clientDestroyedError());
  }
}
