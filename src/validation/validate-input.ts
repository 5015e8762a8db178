import { checkFilterCriteria } from "./check-filter-criteria.js";
import { createInputValidator } from "./create-input-validator.js";
import type { ValidationProblem } from "./validation-problem.js";

export type { ValidationProblem, ValidationRule } from "./validation-problem.js";

const validateWithFilters = createInputValidator({ FilterCriteria: checkFilterCriteria });

/**
 * Lists every constraint of the model that an input breaks, nested members included: required members, JSON types,
 * integer ranges, string lengths (in code points) and patterns, list and map sizes, map keys, and Lambda's filter
 * syntax for `FilterCriteria`. Enum members stay open: any string is accepted. An empty list means the input is valid.
 * Checks are compiled once per shape, so a typical input validates in microseconds.
 * @param shapeName - a shape of the model, usually an operation's input (`CreateEventSourceMappingRequest`).
 * @param input - the value to check; `undefined` and `null` count as an empty structure (or an absent value).
 * @throws TypeError when `shapeName` is not a shape of the model.
 * @example
 * validateInput("GetEventSourceMappingRequest", {}); // [{ path: "UUID", rule: "required", message: "is required, got undefined", value: undefined }]
 */
export function validateInput(shapeName: string, input: unknown): ValidationProblem[] {
  return validateWithFilters(shapeName, input);
}
