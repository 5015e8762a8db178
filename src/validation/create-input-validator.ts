import { shapeSchemas } from "../models/schema.js";
import { createShapeCheckCompiler, type StructureHook } from "./compile-shape-check.js";
import type { ValidationProblem } from "./validation-problem.js";

const ROOT = { path: "", servicePath: "" };

/** Lists the problems of an input against a shape; an empty list means valid. */
export type InputValidator = (shapeName: string, input: unknown) => ValidationProblem[];

/**
 * Builds a validator over the model's constraints, with extra checks for particular structures
 * (`hooks`, keyed by shape name). Kept separate from the hooks themselves so that a command whose
 * input cannot contain a hooked shape does not pull that hook's code into a bundle.
 */
export function createInputValidator(hooks: Record<string, StructureHook> = {}): InputValidator {
  const compile = createShapeCheckCompiler(hooks);
  return (shapeName, input) => {
    const check = compile(shapeName);
    if (!check) throw new TypeError(`lambda-event-source-mappings: "${shapeName}" is not a shape of the Lambda event source mapping model`);
    const problems: ValidationProblem[] = [];
    if (input !== undefined && input !== null) check(input, ROOT, problems);
    else if (shapeSchemas[shapeName]!.type === "structure") check({}, ROOT, problems);
    return problems;
  };
}

/** The model's constraints alone, for inputs that carry no `FilterCriteria` (Get, List, Delete). @internal */
export const validateModelConstraints: InputValidator = createInputValidator();
