import { operationSchemas } from "../models/operations.js";
import { shapeSchemas } from "../models/schema.js";
import { validateInput } from "./validate-input.js";
import type { ValidationProblem } from "./validation-problem.js";

/** The five event source mapping operations, by name. */
export type EventSourceMappingOperationName =
  | "CreateEventSourceMapping"
  | "UpdateEventSourceMapping"
  | "GetEventSourceMapping"
  | "ListEventSourceMappings"
  | "DeleteEventSourceMapping";

/**
 * Checks an input against the model's constraints without sending anything, exactly as the client does before each
 * request (see docs/validation.md): required members, JSON types, integer ranges, string lengths and patterns, list
 * and map sizes at every depth, and Lambda's filter syntax for `FilterCriteria`. Returns every problem found; an
 * empty list means the input is valid.
 * @param target - an operation (`"CreateEventSourceMapping"`), its command (`"CreateEventSourceMappingCommand"`) or
 *   any shape of the model (`"CreateEventSourceMappingRequest"`, `"DestinationConfig"`, `"FilterCriteria"`, ...).
 * @param input - the value to check, e.g. a command input read from a file.
 * @throws TypeError when `target` names neither an operation nor a shape.
 * @example
 * ```ts
 * import { validateEventSourceMappingInput } from "lambda-event-source-mappings";
 * const problems = validateEventSourceMappingInput("CreateEventSourceMapping", { FunctionName: "my-fn", BatchSize: 0 });
 * // [{ path: "BatchSize", rule: "range", message: "must be between 1 and 10000 (range [1, 10000]), got 0", value: 0 }]
 * ```
 */
export function validateEventSourceMappingInput(
  target: EventSourceMappingOperationName | `${EventSourceMappingOperationName}Command` | (string & {}),
  input: unknown,
): ValidationProblem[] {
  const operation = operationSchemas[target.endsWith("Command") ? target.slice(0, -"Command".length) : target];
  if (operation) return validateInput(operation.input, input);
  if (shapeSchemas[target]) return validateInput(target, input);
  throw new TypeError(
    `lambda-event-source-mappings: "${target}" is neither an operation (${Object.keys(operationSchemas).join(", ")}) nor a shape of the model`,
  );
}
