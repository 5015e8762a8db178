import { Client } from "@smithy/smithy-client";
import type { HttpHandlerOptions, MiddlewareStack, Pluggable } from "@smithy/types";
import { getContentLengthPlugin } from "../middleware/content-length-middleware.js";
import { getHostHeaderPlugin } from "../middleware/host-header-middleware.js";
import { getLoggerPlugin } from "../middleware/logger-middleware.js";
import { getRecursionDetectionPlugin } from "../middleware/recursion-detection-middleware.js";
import { getAuthPlugin } from "../middleware/auth-middleware.js";
import { getSigningPlugin } from "../middleware/signing-middleware.js";
import { getUserAgentPlugin } from "../middleware/user-agent-middleware.js";
import { getRetryPlugin } from "../retry/retry-middleware.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../commands/service-types.js";
import type { LambdaClientConfig, LambdaClientResolvedConfig } from "./client-config.js";
import { resolveConfig } from "./resolve-config.js";
import { watchPristineStack } from "../commands/handler-cache.js";
import { ClientLifecycle } from "./client-lifecycle.js";

/**
 * A client for Lambda's event source mapping API: `@aws-sdk/client-lambda`'s `LambdaClient` for the
 * five ESM commands, with the same options, middleware stack, retries, signing and errors, in a
 * fraction of the size.
 *
 * @example
 * ```ts
 * import { LambdaClient, ListEventSourceMappingsCommand } from "lambda-event-source-mappings";
 * const client = new LambdaClient({ region: "us-east-1" });
 * const { EventSourceMappings } = await client.send(new ListEventSourceMappingsCommand({ FunctionName: "my-fn" }));
 * ```
 */
export class LambdaClient extends Client<HttpHandlerOptions, ServiceInputTypes, ServiceOutputTypes, LambdaClientResolvedConfig> {
  /** The resolved configuration (providers for async settings), as the SDK exposes it. */
  declare readonly config: LambdaClientResolvedConfig;
  private readonly lifecycle = new ClientLifecycle();

  constructor(...[configuration]: [LambdaClientConfig] | []) {
    const config = resolveConfig(configuration ?? {});
    super(config);
    // Our middleware is written against plain objects; the stack is typed by the service's unions.
    const stack = this.middlewareStack as unknown as MiddlewareStack<object, object>;
    const { retryStrategy, maxAttempts, logger } = config;
    const destroySignal = () => this.lifecycle.signal;
    stack.use(getRetryPlugin({ retryStrategy, maxAttempts, logger, destroySignal }) as Pluggable<object, object>);
    // Registration order matters among same-priority middleware; this is the SDK's.
    stack.use(getContentLengthPlugin());
    stack.use(getUserAgentPlugin(config));
    stack.use(getHostHeaderPlugin());
    stack.use(getLoggerPlugin());
    stack.use(getRecursionDetectionPlugin());
    stack.use(getAuthPlugin(config));
    stack.use(getSigningPlugin(config));
    // A legacy retry strategy may write to the handler context, so such clients rebuild per send.
    if (configuration?.retryStrategy === undefined) watchPristineStack(stack);
  }

  /**
   * Stops the client's pending work so that a process can exit at once: every send in flight or waiting
   * in retry backoff rejects with an `AbortError` ("The client was destroyed …"), its backoff timer is
   * cleared, no further attempt goes out, and the request handler's sockets are closed. Unlike the SDK's
   * `destroy()`, which only closes idle sockets and lets pending sends retry. Sends started afterwards
   * work as before (new sockets are opened).
   */
  override destroy(): void {
    // Abort first: an attempt whose socket is closed below must end as "destroyed", not be retried.
    this.lifecycle.destroy();
    super.destroy();
  }
}
