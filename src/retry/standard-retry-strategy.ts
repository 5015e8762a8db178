import type {
  Provider,
  RetryErrorInfo,
  RetryErrorType,
  RetryStrategyV2,
  StandardRetryBackoffStrategy,
  StandardRetryToken,
} from "@smithy/types";

/** Attempts per operation (the first try plus retries) when nothing else is configured. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Base delay in ms for non-throttling errors (the SDK's 2026 value). */
const BASE_DELAY = 50;
const THROTTLING_BASE_DELAY = 1_000;
const MAX_DELAY = 20_000;
const INITIAL_CAPACITY = 500;
const THROTTLING_COST = 5;
const COST = 14;
const NO_RETRY_INCREMENT = 1;
const REFUSED_CAPACITY = 3;

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

/** Full-jitter exponential backoff with a 20 s cap. */
const createBackoff = (): StandardRetryBackoffStrategy => {
  let base = BASE_DELAY;
  return {
    computeNextBackoffDelay: (i) => Math.floor(Math.random() * Math.min(base * 2 ** i, MAX_DELAY)),
    setDelayBase: (delay) => {
      base = delay;
    },
  };
};

/** The token handed between attempts; `cost` is what a success refunds to the bucket. */
class RetryToken implements StandardRetryToken {
  $retryLog = { acquisitionDelay: 0 };
  constructor(
    private readonly delay: number,
    private readonly count: number,
    private readonly cost: number | undefined,
    private readonly longPoll: boolean,
  ) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    return Math.min(MAX_DELAY, this.delay);
  }
  getRetryCost(): number | undefined {
    return this.cost;
  }
  isLongPoll(): boolean {
    return this.longPoll;
  }
}

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
  protected readonly retryBackoffStrategy: StandardRetryBackoffStrategy;
  private capacity = INITIAL_CAPACITY;
  private readonly maxAttemptsProvider: Provider<number>;
  private readonly baseDelay: number;

  constructor(maxAttempts?: number | Provider<number> | StandardRetryStrategyOptions) {
    let provider: Provider<number> | undefined;
    let options: Partial<StandardRetryStrategyOptions> = {};
    if (typeof maxAttempts === "number") provider = async () => maxAttempts;
    else if (typeof maxAttempts === "function") provider = maxAttempts;
    else if (maxAttempts && typeof maxAttempts === "object") {
      options = maxAttempts;
      provider = async () => maxAttempts.maxAttempts;
    }
    this.maxAttemptsProvider = provider ?? (async () => DEFAULT_MAX_ATTEMPTS);
    this.baseDelay = options.baseDelay ?? BASE_DELAY;
    this.retryBackoffStrategy = options.backoff ?? createBackoff();
  }

  /** Returns the token for a first attempt; `scope` only matters when it contains ":longpoll". */
  async acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return new RetryToken(BASE_DELAY, 0, undefined, scope.includes(":longpoll"));
  }

  /**
   * Charges the bucket and sleeps for the backoff when the error may be retried, then returns the next token;
   * otherwise rejects with `Error("No retry token available")`.
   */
  async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    const maxAttempts = await this.getMaxAttempts();
    const { errorType } = errorInfo;
    const cost = this.getCapacityCost(errorType);
    const retryCode =
      (errorType === "THROTTLING" || errorType === "TRANSIENT" ? 0 : 1) ||
      (token.getRetryCount() + 1 < maxAttempts ? 0 : 2) ||
      (this.capacity >= cost ? 0 : REFUSED_CAPACITY);
    const isLongPoll = token.isLongPoll?.();
    if (retryCode === 0 || isLongPoll) {
      this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? THROTTLING_BASE_DELAY : this.baseDelay);
      const backoff = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
      let delay = backoff;
      if (errorInfo.retryAfterHint instanceof Date) {
        delay = Math.max(backoff, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), backoff + 5_000));
      }
      if (retryCode !== 0) {
        if (retryCode === REFUSED_CAPACITY && delay > 0) await sleep(delay);
      } else {
        this.capacity -= cost;
        const next = new RetryToken(0, token.getRetryCount() + 1, cost, isLongPoll ?? false);
        await sleep(delay);
        next.$retryLog.acquisitionDelay = delay;
        return next;
      }
    }
    throw new Error("No retry token available");
  }

  /** Refunds the cost of the retry that succeeded (1 token if no retry was needed), up to 500. */
  recordSuccess(token: StandardRetryToken): void {
    this.capacity = Math.min(INITIAL_CAPACITY, this.capacity + (token.getRetryCost() ?? NO_RETRY_INCREMENT));
  }

  /** Returns the tokens left in the retry bucket. */
  getCapacity(): number {
    return this.capacity;
  }

  /** Resolves the configured maximum number of attempts. */
  async maxAttempts(): Promise<number> {
    return this.maxAttemptsProvider();
  }

  private async getMaxAttempts(): Promise<number> {
    try {
      return await this.maxAttemptsProvider();
    } catch {
      console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`);
      return DEFAULT_MAX_ATTEMPTS;
    }
  }

  private getCapacityCost(errorType: RetryErrorType): number {
    return errorType === "THROTTLING" ? THROTTLING_COST : COST;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
