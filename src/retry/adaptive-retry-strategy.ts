import type { Provider, RetryErrorInfo, RetryStrategyV2, RetryToken, StandardRetryToken } from "@smithy/types";
import { stopSignalsOf, type StopSignal } from "./stop-signals.js";
import { DefaultRateLimiter } from "./default-rate-limiter.js";
import {
  DEFAULT_MAX_ATTEMPTS,
  StandardRetryStrategy,
  type StandardRetryStrategyOptions,
} from "./standard-retry-strategy.js";

/** The client-side rate limiter interface used by {@link AdaptiveRetryStrategy}. */
export interface RateLimiter {
  /** Resolves when the caller may send one request; may stop waiting when one of `signals` (the send's abort and destroy signals) aborts. */
  getSendToken: (signals?: StopSignal[]) => Promise<void>;
  /** Feeds an attempt's outcome: the retry error info, or `{}` on success. */
  updateClientSendingRate: (response: { errorType?: string; error?: unknown }) => void;
}

/** Options of {@link AdaptiveRetryStrategy}: the standard options plus an optional rate limiter. */
export interface AdaptiveRetryStrategyOptions extends Partial<StandardRetryStrategyOptions> {
  /**
   * Limits the client's sending rate.
   * @default new DefaultRateLimiter()
   */
  rateLimiter?: RateLimiter;
}

/**
 * The AWS SDK's adaptive retry strategy: standard retries plus a CUBIC client-side rate limiter that every
 * attempt, first or retry, must take a token from once the service has throttled.
 *
 * @example
 * ```ts
 * const client = new LambdaClient({ retryStrategy: new AdaptiveRetryStrategy(4) });
 * ```
 */
export class AdaptiveRetryStrategy implements RetryStrategyV2 {
  /** The retry mode name, used in the user agent. */
  readonly mode: string = "adaptive";
  private readonly rateLimiter: RateLimiter;
  private readonly standardRetryStrategy: StandardRetryStrategy;

  constructor(maxAttemptsProvider: number | Provider<number>, options?: AdaptiveRetryStrategyOptions) {
    this.rateLimiter = options?.rateLimiter ?? new DefaultRateLimiter();
    this.standardRetryStrategy = new StandardRetryStrategy(
      options
        ? {
            maxAttempts: typeof maxAttemptsProvider === "number" ? maxAttemptsProvider : DEFAULT_MAX_ATTEMPTS,
            ...options,
          }
        : maxAttemptsProvider,
    );
  }

  /** Returns the first token, after waiting for the rate limiter. */
  async acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    const token = await this.standardRetryStrategy.acquireInitialRetryToken(scope);
    await this.rateLimiter.getSendToken();
    return token;
  }

  /** Updates the sending rate, applies the standard retry decision and backoff, then waits for the rate limiter. */
  async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    this.rateLimiter.updateClientSendingRate(errorInfo);
    const next = await this.standardRetryStrategy.refreshRetryTokenForRetry(token, errorInfo);
    await this.rateLimiter.getSendToken(stopSignalsOf(errorInfo));
    return next;
  }

  /** Records a success with both the rate limiter and the retry bucket. */
  recordSuccess(token: StandardRetryToken): void {
    this.rateLimiter.updateClientSendingRate({});
    this.standardRetryStrategy.recordSuccess(token);
  }

  /** Resolves the configured maximum number of attempts. */
  async maxAttemptsProvider(): Promise<number> {
    return this.standardRetryStrategy.maxAttempts();
  }
}
