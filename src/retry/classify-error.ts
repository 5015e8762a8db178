import type { RetryErrorType } from "@smithy/types";

/** An error as the retry logic sees it: any thrown value, read through the fields the SDK inspects. */
export type ClassifiableError = {
  name?: string;
  message?: string;
  code?: string;
  cause?: unknown;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; clockSkewCorrected?: boolean };
};

// Word lists as space-separated strings: the same names as the SDK's, in a smaller bundle.
const THROTTLING_NAMES = (
  "BandwidthLimitExceeded EC2ThrottledException LimitExceededException PriorRequestNotComplete " +
  "ProvisionedThroughputExceededException RequestLimitExceeded RequestThrottled RequestThrottledException SlowDown " +
  "ThrottledException Throttling ThrottlingException TooManyRequestsException TransactionInProgressException"
).split(" ");
const TRANSIENT_NAMES = "TimeoutError RequestTimeout RequestTimeoutException".split(" ");
const TRANSIENT_STATUS_CODES = [500, 502, 503, 504];
const TRANSIENT_NODE_CODES = "ECONNRESET ECONNREFUSED EPIPE ETIMEDOUT EHOSTUNREACH ENETUNREACH ENOTFOUND EAI_AGAIN".split(" ");
const BROWSER_NETWORK_MESSAGES = [
  "Failed to fetch",
  "NetworkError when attempting to fetch resource",
  "The Internet connection appears to be offline",
  "Load failed",
  "Network request failed",
];

/**
 * Tells whether an error is a throttling error: HTTP 429, a known throttling error name, or `$retryable.throttling`.
 * Property reads follow the SDK's order so that odd thrown values (null, strings) behave the same.
 */
export const isThrottlingError = (error: ClassifiableError): boolean =>
  error.$metadata?.httpStatusCode === 429 ||
  THROTTLING_NAMES.includes(error.name as string) ||
  // eslint-disable-next-line eqeqeq -- the SDK compares loosely
  error.$retryable?.throttling == true;

const isTransientError = (error: ClassifiableError, depth = 0): boolean =>
  error?.name !== "AbortError" &&
  (error?.$retryable !== undefined ||
    !!error.$metadata?.clockSkewCorrected ||
    (error.name === "InvalidSignatureException" && !!error.message?.includes("Signature expired")) ||
    TRANSIENT_NAMES.includes(error.name as string) ||
    TRANSIENT_NODE_CODES.includes(error?.code || "") ||
    TRANSIENT_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) ||
    (error instanceof TypeError && BROWSER_NETWORK_MESSAGES.includes(error.message)) ||
    (error.code === "ERR_HTTP2_STREAM_ERROR" && (error.message as string).includes("NGHTTP2_REFUSED_STREAM")) ||
    (error.cause !== undefined && depth <= 10 && isTransientError(error.cause as ClassifiableError, depth + 1)));

/**
 * Classifies a failed attempt the way the AWS SDK does; the first matching rule wins:
 * THROTTLING, then TRANSIENT, then SERVER_ERROR (other 5xx), otherwise CLIENT_ERROR.
 *
 * @example
 * ```ts
 * getRetryErrorType({ name: "TooManyRequestsException" }); // "THROTTLING"
 * getRetryErrorType({ name: "Error", $metadata: { httpStatusCode: 503 } }); // "TRANSIENT"
 * ```
 */
export const getRetryErrorType = (error: unknown): RetryErrorType => {
  const e = error as ClassifiableError;
  if (isThrottlingError(e)) return "THROTTLING";
  if (isTransientError(e)) return "TRANSIENT";
  const status = e.$metadata?.httpStatusCode ?? 0;
  return status >= 500 && status <= 599 ? "SERVER_ERROR" : "CLIENT_ERROR";
};
