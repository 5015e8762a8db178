import type { InitializeHandlerOptions, InitializeMiddleware, Pluggable } from "@smithy/types";
import { InvalidParameterValueException } from "../models/errors.js";
import { contextOperation } from "../middleware/smithy-context.js";
import { validateInput } from "./validate-input.js";

/**
 * Checks the command input against the model's constraints before anything is built or sent. A
 * violation throws the `InvalidParameterValueException` the service would return, listing every
 * violated member path, its rule and its value.
 */
export const validationMiddleware = (): InitializeMiddleware<object, object> => (next, context) => async (args) => {
  const operation = contextOperation(context);
  const problems = validateInput(operation.input, args.input);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}`);
    throw new InvalidParameterValueException({
      $metadata: {},
      message: `${operation.name}: ${problems.length} invalid parameter${problems.length > 1 ? "s" : ""} (nothing was sent):\n${lines.join("\n")}`,
      Type: "User",
    });
  }
  return next(args);
};

/** Step and name of {@link validationMiddleware}: runs first in `initialize`, after the logger wraps it. */
export const validationMiddlewareOptions: InitializeHandlerOptions = {
  name: "validationMiddleware",
  step: "initialize",
  tags: ["VALIDATION"],
  override: true,
};

/** Adds {@link validationMiddleware} to a stack. */
export const getValidationPlugin = (): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(validationMiddleware(), validationMiddlewareOptions),
});
