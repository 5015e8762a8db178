import type { Logger } from "@smithy/types";

/** Options for the container and instance metadata credential providers (the SDK's `timeout` and `maxRetries`). */
export interface RemoteProviderOptions {
  /** Receives warnings (both container URIs set, extended IMDS credentials) and debug messages. @default console for warnings */
  logger?: Logger;
  /**
   * Timeout of each request in milliseconds; also the pause between container credential retries.
   * @default 1000
   */
  timeoutMs?: number;
  /**
   * Retries after a failed request.
   * @default 3 for the container endpoint, 0 for EC2 instance metadata
   */
  maxRetries?: number;
}
