import { NoOpLogger } from "@smithy/smithy-client";
import type { InitializeHandlerOptions, InitializeMiddleware, Logger, Pluggable } from "@smithy/types";

/**
 * Logs each command's outcome as the SDK's `loggerMiddleware` does: `logger.info` with the input,
 * the output without `$metadata`, and the metadata; `logger.error` with the error. Only command
 * input and output are logged — credentials, tokens and request headers (Authorization) never are.
 */
export const loggerMiddleware = (): InitializeMiddleware<object, object> => (next, context) => async (args) => {
  const { clientName, commandName, logger, inputFilterSensitiveLog, outputFilterSensitiveLog } = context as {
    clientName?: string;
    commandName?: string;
    logger?: Logger;
    inputFilterSensitiveLog?: (input: unknown) => unknown;
    outputFilterSensitiveLog?: (output: unknown) => unknown;
  };
  const filterInput = inputFilterSensitiveLog ?? ((x: unknown) => x);
  const filterOutput = outputFilterSensitiveLog ?? ((x: unknown) => x);
  try {
    const response = await next(args);
    // The default logger drops every message: copying the output to log it would cost each send an object copy.
    if (logger && typeof logger.info === "function" && !(logger instanceof NoOpLogger)) {
      const { $metadata, ...outputWithoutMetadata } = response.output as { $metadata?: unknown };
      logger.info({ clientName, commandName, input: filterInput(args.input), output: filterOutput(outputWithoutMetadata), metadata: $metadata });
    }
    return response;
  } catch (error) {
    if (logger && typeof logger.error === "function") {
      logger.error({ clientName, commandName, input: filterInput(args.input), error, metadata: (error as { $metadata?: unknown }).$metadata });
    }
    throw error;
  }
};

/** Step and name of {@link loggerMiddleware}, the SDK's. */
export const loggerMiddlewareOptions: InitializeHandlerOptions = {
  name: "loggerMiddleware",
  tags: ["LOGGER"],
  step: "initialize",
  override: true,
};

/** Adds {@link loggerMiddleware} to a stack. */
export const getLoggerPlugin = (): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(loggerMiddleware(), loggerMiddlewareOptions),
});
