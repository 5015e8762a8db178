import { constructStack } from "@smithy/core/client";
import type { HttpRequest } from "@smithy/protocol-http";
import { SMITHY_CONTEXT_KEY, type Command, type Handler, type HandlerExecutionContext, type HttpHandlerOptions, type MiddlewareStack } from "@smithy/types";
import type { LambdaClientResolvedConfig } from "../client/client-config.js";
import { getDeserializerPlugin } from "../middleware/deserializer-middleware.js";
import { getEndpointPlugin } from "../middleware/endpoint-middleware.js";
import { getSerializerPlugin } from "../middleware/serializer-middleware.js";
import { getValidationPlugin } from "../validation/validation-middleware.js";
import type { OperationSchema } from "../models/schema-types.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "./service-types.js";

/**
 * Base of the five commands: holds the input and a per-command middleware stack, and resolves the
 * client's stack plus the operation's endpoint, validation and serde middleware into one handler,
 * as the SDK's `Command` does.
 */
export abstract class LambdaCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>
  implements Command<ServiceInputTypes, Input, ServiceOutputTypes, Output, LambdaClientResolvedConfig>
{
  /** Middleware that applies to this command only. */
  readonly middlewareStack: MiddlewareStack<Input, Output> = constructStack<Input, Output>();
  /** The operation this command runs. */
  protected abstract readonly operation: OperationSchema;

  /** @param input - the operation's input, exactly as for `@aws-sdk/client-lambda`. */
  constructor(readonly input: Input) {}

  /** Builds the handler chain for one `send()`; called by the client. */
  resolveMiddleware(
    clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
    configuration: LambdaClientResolvedConfig,
    options?: HttpHandlerOptions,
  ): Handler<Input, Output> {
    const own = this.middlewareStack as unknown as MiddlewareStack<object, object>;
    own.use(getEndpointPlugin(configuration));
    own.use(getSerializerPlugin());
    own.use(getDeserializerPlugin());
    if (configuration.validateInput) own.use(getValidationPlugin());
    const stack = clientStack.concat(this.middlewareStack);
    const commandName = `${this.operation.name}Command`;
    const context: HandlerExecutionContext = {
      logger: configuration.logger,
      clientName: "LambdaClient",
      commandName,
      inputFilterSensitiveLog: (x: unknown) => x,
      outputFilterSensitiveLog: (x: unknown) => x,
      [SMITHY_CONTEXT_KEY]: {
        commandInstance: this,
        service: "AWSGirApiService",
        operation: this.operation.name,
        operationSchema: this.operation,
        ...(options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      },
    };
    const { requestHandler } = configuration;
    return stack.resolve((args) => requestHandler.handle(args.request as HttpRequest, options ?? {}), context) as Handler<Input, Output>;
  }
}
