import { constructStack } from "@smithy/core/client";
import type { HttpRequest } from "@smithy/protocol-http";
import { SMITHY_CONTEXT_KEY, type Command, type Handler, type HandlerExecutionContext, type HttpHandlerOptions, type MiddlewareStack } from "@smithy/types";
import type { LambdaClientResolvedConfig } from "../client/client-config.js";
import { getDeserializerPlugin } from "../middleware/deserializer-middleware.js";
import { getEndpointPlugin } from "../middleware/endpoint-middleware.js";
import { getSerializerPlugin } from "../middleware/serializer-middleware.js";
import { getValidationPlugin } from "../validation/validation-middleware.js";
import { validateModelConstraints, type InputValidator } from "../validation/create-input-validator.js";
import type { OperationSchema } from "../models/schema-types.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "./service-types.js";
import { pristineHandlerCache } from "./handler-cache.js";

/**
 * Base of the five commands: holds the input and a per-command middleware stack, and resolves the
 * client's stack plus the operation's endpoint, validation and serde middleware into one handler,
 * as the SDK's `Command` does.
 */
export abstract class LambdaCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>
  implements Command<ServiceInputTypes, Input, ServiceOutputTypes, Output, LambdaClientResolvedConfig>
{
  private ownStack?: MiddlewareStack<Input, Output>;
  /** The operation this command runs. */
  protected abstract readonly operation: OperationSchema;
  /** The checks run on the input before sending; commands whose input has `FilterCriteria` add Lambda's filter syntax. */
  protected readonly validate: InputValidator = validateModelConstraints;

  /** @param input - the operation's input, exactly as for `@aws-sdk/client-lambda`. */
  constructor(readonly input: Input) {}

  /** Middleware that applies to this command only (created on first access). */
  get middlewareStack(): MiddlewareStack<Input, Output> {
    return (this.ownStack ??= constructStack<Input, Output>());
  }

  /** Builds the handler chain for one `send()`; called by the client. */
  resolveMiddleware(
    clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
    configuration: LambdaClientResolvedConfig,
    options?: HttpHandlerOptions,
  ): Handler<Input, Output> {
    // The SDK's Client.send() calls this synchronously; a failure here must reach the caller as a
    // rejected promise, as every other send() failure does.
    try {
      return this.cachedOrBuiltHandler(clientStack, configuration, options);
    } catch (error) {
      return () => Promise.reject(error);
    }
  }

  private cachedOrBuiltHandler(
    clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
    configuration: LambdaClientResolvedConfig,
    options: HttpHandlerOptions | undefined,
  ): Handler<Input, Output> {
    // Fast path: nothing per-send can differ (no options, no command middleware, a client stack
    // nobody changed), so the chain built for the first command of this class serves every later one.
    const cache = options === undefined && this.ownStack === undefined ? pristineHandlerCache(clientStack) : undefined;
    if (!cache) return this.buildHandler(clientStack, configuration, options, this);
    let handler = cache.get(this.constructor) as Handler<Input, Output> | undefined;
    if (!handler) {
      handler = this.buildHandler(clientStack, configuration, undefined, undefined);
      cache.set(this.constructor, handler as unknown as Handler<never, never>);
    }
    return handler;
  }

  private buildHandler(
    clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
    configuration: LambdaClientResolvedConfig,
    options: HttpHandlerOptions | undefined,
    commandInstance: LambdaCommand<Input, Output> | undefined,
  ): Handler<Input, Output> {
    const own = (this.ownStack ?? constructStack<Input, Output>()) as unknown as MiddlewareStack<object, object>;
    own.use(getEndpointPlugin(configuration));
    // An SDK client (@aws-sdk/client-lambda) carries its own serde middleware on the client stack;
    // ours replaces it in place, which the stack allows only at the same priority.
    const sdkSerde = commandInstance !== undefined && hasSerdeMiddleware(clientStack);
    own.use(getSerializerPlugin(sdkSerde ? "normal" : undefined));
    own.use(getDeserializerPlugin(sdkSerde ? "normal" : undefined));
    if (configuration.validateInput !== false) own.use(getValidationPlugin(this.validate));
    const stack = clientStack.concat(own as unknown as MiddlewareStack<Input, Output>);
    const context: HandlerExecutionContext = {
      logger: configuration.logger,
      clientName: "LambdaClient",
      commandName: `${this.operation.name}Command`,
      inputFilterSensitiveLog: (x: unknown) => x,
      outputFilterSensitiveLog: (x: unknown) => x,
      [SMITHY_CONTEXT_KEY]: {
        ...(commandInstance === undefined ? {} : { commandInstance }),
        service: "AWSGirApiService",
        operation: this.operation.name,
        operationSchema: this.operation,
        ...(options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      },
    };
    return stack.resolve(
      (args) => configuration.requestHandler.handle(args.request as HttpRequest, options ?? {}),
      context,
    ) as Handler<Input, Output>;
  }
}

/** Whether a client stack already holds serde middleware, as the SDK's LambdaClient does. */
function hasSerdeMiddleware(stack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>): boolean {
  return stack.identify().some((entry) => /^(?:serializerMiddleware|deserializerMiddleware)\b/.test(entry));
}
