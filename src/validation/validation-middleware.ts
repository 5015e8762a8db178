import type { InitializeHandlerOptions, InitializeMiddleware, Pluggable } from "@smithy/types";
import { contextOperation } from "../middleware/smithy-context.js";
import { createValidationError } from "./validation-error.js";
import type { InputValidator } from "./create-input-validator.js";

/**
 * Checks the command input against the model's constraints before anything is built or sent. A problem throws the
 * error the service would answer for that input (`ValidationException` with the service's message, see
 * docs/validation.md); the request is never sent.
 */
export const validationMiddleware = (validate: InputValidator): InitializeMiddleware<object, object> => (next, context) => async (args) => {
  const operation = contextOperation(context);
  const problems = validate(operation.input, args.input);
  if (problems.length > 0) throw createValidationError(problems);
  return next(args);
};

/** Step and name of {@link validationMiddleware}: runs first in `initialize`, after the logger wraps it. */
export const validationMiddlewareOptions: InitializeHandlerOptions = {
  name: "validationMiddleware",
  step: "initialize",
  tags: ["VALIDATION"],
  override: true,
};

/** Adds {@link validationMiddleware} to a stack, checking with `validate` (the command picks the checks its input needs). */
export const getValidationPlugin = (validate: InputValidator): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(validationMiddleware(validate), validationMiddlewareOptions),
});
