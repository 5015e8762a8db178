import { stopSignalsOf, stoppableSleep } from "./stop-signals.js";
import type { Provider, RetryErrorInfo, RetryStrategyV2, StandardRetryBackoffStrategy, StandardRetryToken } from "@smithy/types";

/** Attempts per operation (the first try plus retries) when nothing else is configured. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Base delay in ms for non-throttling errors (the SDK's 2026 value). */
const BASE_DELAY = 50;
const MAX_DELAY = 20_000;
const INITIAL_CAPACITY = 500;

/** Options accepted by {@link StandardRetryStrategy} in its object form, as in the SDK. */
export interface StandardRetryStrategyOptions {
  /** Attempts per operation, the first try included. */
  maxAttempts: number;
  /**
   * Base of the exponential backoff for non-throttling errors, in ms.
   * @default 50
   */
  baseDelay?: number;
  /**
   * Computes the jittered backoff; receives the base delay through `setDelayBase`.
   * @default full jitter: floor(random() * min(base * 2^i, 20000))
   */
  backoff?: StandardRetryBackoffStrategy;
}

/** The token handed between attempts; `cost` is what a success refunds to the bucket. */
const retryToken = (delay: number, count: number, cost: number | undefined, longPoll: boolean): StandardRetryToken => ({
  $retryLog: { acquisitionDelay: 0 },
  getRetryCount: () => count,
  getRetryDelay: () => Math.min(MAX_DELAY, delay),
  getRetryCost: () => cost,
  isLongPoll: () => longPoll,
});


/**
 * The AWS SDK's standard retry strategy with its 2026 constants: full-jitter backoff from 50 ms (1000 ms for
 * throttling) capped at 20 s, and a 500-token bucket charged 5 per throttling retry and 14 per other retry.
 * It sleeps inside `refreshRetryTokenForRetry`.
 *
 * @example
 * ```ts
 * const client = new LambdaClient({ retryStrategy: new StandardRetryStrategy(5) });
 * ```
 */
export class StandardRetryStrategy implements RetryStrategyV2 {
  /** The retry mode name, used in the user agent. */
  readonly mode: string = "standard";
  /** Computes the delay before each retry (exponential with full jitter unless `backoff` was given); subclasses may read it. */
  protected readonly retryBackoffStrategy: StandardRetryBackoffStrategy;
  private capacity = INITIAL_CAPACITY;
  private readonly maxAttemptsProvider: Provider<number>;
  private readonly baseDelay: number;

  constructor(maxAttempts?: number | Provider<number> | StandardRetryStrategyOptions) {
    const options = typeof maxAttempts === "object" ? maxAttempts : undefined;
    this.maxAttemptsProvider =
      typeof maxAttempts === "function"
        ? maxAttempts
        : async () => (typeof maxAttempts === "number" ? maxAttempts : options ? options.maxAttempts : DEFAULT_MAX_ATTEMPTS);
    this.baseDelay = options?.baseDelay ?? BASE_DELAY;
    let base = BASE_DELAY;
    this.retryBackoffStrategy = options?.backoff ?? {
      computeNextBackoffDelay: (i) => Math.floor(Math.random() * Math.min(base * 2 ** i, MAX_DELAY)),
      setDelayBase: (delay) => {
        base = delay;
      },
    };
  }

  /** Returns the token for a first attempt; `scope` only matters when it contains ":longpoll". */
  async acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return retryToken(BASE_DELAY, 0, undefined, scope.includes(":longpoll"));
  }

  /**
   * Charges the bucket and sleeps for the backoff when the error may be retried, then returns the next token;
   * otherwise rejects with `Error("No retry token available")`.
   */
  async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    const { errorType, retryAfterHint } = errorInfo;
    // The backoff timer ends early when the send is aborted or its client destroyed.
    const sleep = (ms: number) => stoppableSleep(ms, stopSignalsOf(errorInfo));
    let maxAttempts: number;
    try {
      maxAttempts = await this.maxAttemptsProvider();
    } catch {
      console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`);
      maxAttempts = DEFAULT_MAX_ATTEMPTS;
    }
    const throttling = errorType === "THROTTLING";
    const cost = throttling ? 5 : 14;
    const count = token.getRetryCount();
    const canRetry = (throttling || errorType === "TRANSIENT") && count + 1 < maxAttempts;
    const retry = canRetry && this.capacity >= cost;
    const isLongPoll = token.isLongPoll?.();
    if (retry || isLongPoll) {
      const backoffStrategy = this.retryBackoffStrategy;
      backoffStrategy.setDelayBase(throttling ? 1000 : this.baseDelay);
      const backoff = backoffStrategy.computeNextBackoffDelay(count);
      const delay =
        retryAfterHint instanceof Date ? Math.max(backoff, Math.min(retryAfterHint.getTime() - Date.now(), backoff + 5000)) : backoff;
      if (retry) {
        this.capacity -= cost;
        const next = retryToken(0, count + 1, cost, isLongPoll ?? false);
        await sleep(delay);
        next.$retryLog!.acquisitionDelay = delay;
        return next;
      }
      // A long-poll operation refused only for capacity still waits out the backoff first.
      if (canRetry && delay > 0) await sleep(delay);
    }
    throw new Error("No retry token available");
  }

  /** Refunds the cost of the retry that succeeded (1 token if no retry was needed), up to 500. */
  recordSuccess(token: StandardRetryToken): void {
    this.capacity = Math.min(INITIAL_CAPACITY, this.capacity + (token.getRetryCost() ?? 1));
  }

  /** Returns the tokens left in the retry bucket. */
  getCapacity(): number {
    return this.capacity;
  }

  /** Resolves the configured maximum number of attempts. */
  async maxAttempts(): Promise<number> {
    return this.maxAttemptsProvider();
  }
}
