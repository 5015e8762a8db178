import type { Provider, RetryStrategy, RetryStrategyV2 } from "@smithy/types";
import { AdaptiveRetryStrategy } from "./adaptive-retry-strategy.js";
import { StandardRetryStrategy } from "./standard-retry-strategy.js";

/** Inputs of {@link resolveRetryStrategy}, as found on the client config. */
export interface ResolveRetryStrategyInput {
  /**
   * A user strategy: a `RetryStrategyV2` or a legacy object with `retry()`. It is used as is.
   * @default a StandardRetryStrategy, or an AdaptiveRetryStrategy when `retryMode` is "adaptive"
   */
  retryStrategy?: RetryStrategyV2 | RetryStrategy;
  /**
   * "standard" or "adaptive"; only the exact string "adaptive" selects adaptive retries.
   * @default "standard"
   */
  retryMode?: string | Provider<string | undefined>;
  /**
   * Attempts per operation, the first try included.
   * @default 3
   */
  maxAttempts?: number | Provider<number>;
}

const toProvider = <T>(value: T | Provider<T>): Provider<T> => {
  if (typeof value === "function") return value as Provider<T>;
  const promise = Promise.resolve(value);
  return () => promise;
};

/**
 * Resolves the client's `retryStrategy` config into a provider that creates the strategy lazily on first use and
 * then always returns that same instance, so its retry bucket is shared by every request of the client. Like the
 * SDK, the default strategy is built with the `maxAttempts` value resolved at that moment.
 *
 * @example
 * ```ts
 * const retryStrategy = resolveRetryStrategy({ retryMode: "adaptive", maxAttempts: 5 });
 * const strategy = await retryStrategy(); // an AdaptiveRetryStrategy, the same one on every call
 * ```
 */
export const resolveRetryStrategy = (input: ResolveRetryStrategyInput): Provider<RetryStrategyV2 | RetryStrategy> => {
  const maxAttemptsProvider = toProvider(input.maxAttempts ?? 3);
  let strategy: Promise<RetryStrategyV2 | RetryStrategy> | undefined = input.retryStrategy
    ? Promise.resolve(input.retryStrategy)
    : undefined;
  const create = async (): Promise<RetryStrategyV2 | RetryStrategy> => {
    const maxAttempts = await maxAttemptsProvider();
    if ((await toProvider(input.retryMode)()) === "adaptive") {
      return new AdaptiveRetryStrategy(maxAttemptsProvider, { maxAttempts, baseDelay: 50 });
    }
    return new StandardRetryStrategy({ maxAttempts, baseDelay: 50 });
  };
  return () => (strategy ??= create());
};
