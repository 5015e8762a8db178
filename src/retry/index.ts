export { AdaptiveRetryStrategy, type AdaptiveRetryStrategyOptions, type RateLimiter } from "./adaptive-retry-strategy.js";
export { getRetryErrorType, isThrottlingError, type ClassifiableError } from "./classify-error.js";
export { DefaultRateLimiter, type DefaultRateLimiterOptions } from "./default-rate-limiter.js";
export { resolveRetryStrategy, type ResolveRetryStrategyInput } from "./resolve-retry-strategy.js";
export { getRetryAfterHint } from "./retry-after.js";
export type { StopSignal } from "./stop-signals.js";
export { getRetryPlugin, retryMiddleware, retryMiddlewareOptions, type RetryMiddlewareOptions } from "./retry-middleware.js";
export {
  DEFAULT_MAX_ATTEMPTS,
  StandardRetryStrategy,
  type StandardRetryStrategyOptions,
} from "./standard-retry-strategy.js";
