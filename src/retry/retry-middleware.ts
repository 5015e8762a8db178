import { HttpRequest } from "@smithy/protocol-http";
import { NoOpLogger } from "@smithy/smithy-client";
import type {
  AbsoluteLocation,
  FinalizeHandler,
  FinalizeHandlerArguments,
  FinalizeRequestHandlerOptions,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  Logger,
  MetadataBearer,
  Pluggable,
  Provider,
  RetryErrorInfo,
  RetryStrategy,
  RetryStrategyV2,
  SdkError,
} from "@smithy/types";
import { getRetryErrorType } from "./classify-error.js";
import { getRetryAfterHint } from "./retry-after.js";
import { withStopSignals } from "./stop-signals.js";
import { clientDestroyedError } from "../client/client-lifecycle.js";
import { randomUuid } from "../runtime/random-uuid.js";

/** What the retry middleware reads from the resolved client config. */
export interface RetryMiddlewareOptions {
  /** The client's memoized retry strategy, a `RetryStrategyV2` or a legacy strategy with `retry()`. */
  retryStrategy: Provider<RetryStrategyV2 | RetryStrategy>;
  /** The client's `maxAttempts`; its value is the `max=` of the `amz-sdk-request` header. */
  maxAttempts: Provider<number>;
  /** Receives trace messages about unparsable retry hints. */
  logger?: Logger;
  /**
   * The client's current life signal ({@link ClientLifecycle}); read once per send. When it aborts
   * (`destroy()`), the send rejects with an `AbortError` at once: the attempt in flight is dropped, a
   * backoff timer is cleared, and no further attempt goes out.
   */
  destroySignal?: () => AbortSignal;
}

type AbortSignalLike = { aborted: boolean; reason?: unknown; onabort?: unknown } & Partial<
  Pick<AbortSignal, "addEventListener" | "removeEventListener">
>;
type MutableError = Error & { $metadata?: Record<string, unknown>; $response?: unknown };

/** Settles like `promise`, or rejects with an AbortError as soon as `signal` aborts. */
const race = <T>(promise: Promise<T>, signal?: AbortSignalLike): Promise<T> => {
  if (!signal) return promise;
  let cleanup = () => {};
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => {
      const { reason } = signal;
      const isError = reason instanceof Error;
      reject(Object.assign(new Error(reason && !isError ? String(reason) : "Request aborted"), { name: "AbortError" }, isError && { cause: reason }));
    };
    if (signal.aborted) onAbort();
    else if (typeof signal.addEventListener === "function") {
      signal.addEventListener("abort", onAbort, { once: true });
      cleanup = () => signal.removeEventListener!("abort", onAbort);
    } else signal.onabort = onAbort;
  });
  return Promise.race([promise, aborted]).finally(cleanup);
};

/** The sends waiting on each life signal of a client; the signal's one listener ends them all. */
const waiting = new WeakMap<AbortSignal, Set<(error: Error) => void>>();

/** The set of pending rejections of `signal`, with the single `abort` listener that rejects them, made on first use. */
function waitersOf(signal: AbortSignal): Set<(error: Error) => void> {
  let set = waiting.get(signal);
  if (!set) {
    const pending = new Set<(error: Error) => void>();
    set = pending;
    waiting.set(signal, pending);
    signal.addEventListener("abort", () => {
      for (const reject of pending) reject(clientDestroyedError());
      pending.clear();
    }, { once: true });
  }
  return set;
}

/**
 * Settles like `promise`, or rejects with the client-destroyed error as soon as `signal` aborts. Every send of a
 * client life waits on the same signal, so it gets one `abort` listener and each send only joins a set: adding and
 * removing an EventTarget listener per send cost more than the rest of the retry middleware.
 */
const untilDestroyed = <T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> => {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(clientDestroyedError());
  const pending = waitersOf(signal);
  return new Promise<T>((resolve, reject) => {
    pending.add(reject);
    promise.then(
      (value) => {
        pending.delete(reject);
        resolve(value);
      },
      (error: unknown) => {
        pending.delete(reject);
        reject(error);
      },
    );
  });
};

/** Waits `delay` ms; the timer is cleared when either signal aborts, so a destroyed client holds no timer. */
const backoff = (delay: number, abortSignal?: AbortSignalLike, destroySignal?: AbortSignal): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, delay)));
  return untilDestroyed(race(wait, abortSignal), destroySignal).finally(() => clearTimeout(timer));
};

const asSdkError = (error: unknown): MutableError =>
  error instanceof Error
    ? error
    : error instanceof Object
      ? Object.assign(new Error(), error)
      : new Error(typeof error === "string" ? error : `AWS SDK error wrapper for ${error}`);

/**
 * The AWS SDK's retry middleware (finalizeRequest step): it stamps `amz-sdk-invocation-id` once per send and
 * `amz-sdk-request: attempt=N; max=M` before each attempt, sends each attempt on a fresh clone of the request,
 * asks the strategy for a retry token after each failure, and records `attempts` and `totalRetryDelay` in
 * `$metadata` of the output or of the final error. A legacy strategy's `retry()` is called instead when given.
 */
export const retryMiddleware =
  (options: RetryMiddlewareOptions) =>
  <Input extends object, Output extends MetadataBearer>(
    next: FinalizeHandler<Input, Output>,
    context: HandlerExecutionContext,
  ): FinalizeHandler<Input, Output> =>
  async (args: FinalizeHandlerArguments<Input>) => {
    const destroySignal = options.destroySignal?.();
    const retryStrategy = await options.retryStrategy();
    const maxAttempts = await options.maxAttempts();
    const abortSignal = context.__smithy_context?.abortSignal as AbortSignalLike | undefined;
    const strategy = retryStrategy as RetryStrategyV2;
    if (
      typeof strategy.acquireInitialRetryToken === "undefined" ||
      typeof strategy.refreshRetryTokenForRetry === "undefined" ||
      typeof strategy.recordSuccess === "undefined"
    ) {
      const legacy = retryStrategy as RetryStrategy;
      const mode = legacy?.mode;
      if (mode) context.userAgent = [...(context.userAgent || []), ["cfg/retry-mode", mode]];
      return untilDestroyed(legacy.retry(next, args), destroySignal);
    }
    const scope = (context["partition_id"] ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
    let retryToken = await untilDestroyed(race(strategy.acquireInitialRetryToken(scope), abortSignal), destroySignal);
    let attempts = 0;
    let totalRetryDelay = 0;
    const { request } = args;
    const isRequest = HttpRequest.isInstance(request);
    if (isRequest) request.headers["amz-sdk-invocation-id"] = randomUuid();
    for (;;) {
      try {
        if (isRequest) request.headers["amz-sdk-request"] = `attempt=${attempts + 1}; max=${maxAttempts}`;
        // A clone per attempt keeps what later middleware (signing) adds to one attempt out of the next.
        if (destroySignal?.aborted) throw clientDestroyedError();
        const { response, output } = await untilDestroyed(next(isRequest ? { ...args, request: HttpRequest.clone(request) } : args), destroySignal);
        strategy.recordSuccess(retryToken);
        Object.assign(output.$metadata, { attempts: attempts + 1, totalRetryDelay });
        return { response, output };
      } catch (e) {
        if (destroySignal?.aborted) {
          // Whatever the attempt ended with, the send ends here: destroy() means "send nothing more".
          const destroyed: MutableError = (e as Error)?.name === "AbortError" ? (e as MutableError) : clientDestroyedError();
          Object.assign((destroyed.$metadata ||= {}), { attempts: attempts + 1, totalRetryDelay });
          throw destroyed;
        }
        const errorInfo: RetryErrorInfo = { error: e as SdkError, errorType: getRetryErrorType(e) };
        const retryAfterHint = getRetryAfterHint((e as MutableError).$response, options.logger);
        if (retryAfterHint) errorInfo.retryAfterHint = retryAfterHint;
        const lastError = asSdkError(e);
        if (isRequest && (isNodeStream(request.body) || request.body instanceof ReadableStream)) {
          (context.logger instanceof NoOpLogger ? console : context.logger)?.warn(
            "An error was encountered in a non-retryable streaming request.",
          );
          throw lastError;
        }
        try {
          if (abortSignal?.aborted) throw lastError;
          retryToken = await untilDestroyed(race(strategy.refreshRetryTokenForRetry(retryToken, withStopSignals(errorInfo, [abortSignal, destroySignal])), abortSignal), destroySignal);
        } catch (refreshError) {
          const stopped = abortSignal?.aborted || destroySignal?.aborted;
          if (refreshError !== lastError && stopped && (refreshError as Error)?.name === "AbortError") {
            throw refreshError;
          }
          Object.assign((lastError.$metadata ||= {}), { attempts: attempts + 1, totalRetryDelay });
          throw lastError;
        }
        attempts = retryToken.getRetryCount();
        const delay = retryToken.getRetryDelay();
        totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay;
        if (delay > 0) await backoff(delay, abortSignal, destroySignal);
      }
    }
  };

/** Where the retry middleware sits: finalizeRequest, high priority, under the SDK's name for relative placement. */
export const retryMiddlewareOptions: FinalizeRequestHandlerOptions & AbsoluteLocation = {
  name: "retryMiddleware",
  tags: ["RETRY"],
  step: "finalizeRequest",
  priority: "high",
  override: true,
};

/**
 * Returns the plugin that adds {@link retryMiddleware} to a client's middleware stack.
 *
 * @example
 * ```ts
 * client.middlewareStack.use(getRetryPlugin({ retryStrategy: config.retryStrategy, maxAttempts: config.maxAttempts }));
 * ```
 */
export const getRetryPlugin = <Input extends object, Output extends MetadataBearer>(
  options: RetryMiddlewareOptions,
): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(retryMiddleware(options) as FinalizeRequestMiddleware<Input, Output>, retryMiddlewareOptions);
  },
});

/** A Node `Readable` (or any pipeable stream), recognized without importing `node:stream`, which browsers lack. */
function isNodeStream(body: unknown): boolean {
  return typeof (body as { pipe?: unknown } | null)?.pipe === "function" && typeof (body as { on?: unknown }).on === "function";
}
