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
 *
 * By default an input is checked as the SDK would send it (an array or `Date` given for a structure goes out as
 * `{}`, one given for a map as its index keys, null members and items are dropped), so the client's verdict is the
 * service's verdict on those bytes; paths keep the caller's indexes. `wire: true` checks a parsed request body as
 * is (the local service, where an array in place of a structure is the deserializer's error).
 */
export function createInputValidator(hooks: Record<string, StructureHook> = {}, wire = false): InputValidator {
  const compile = createShapeCheckCompiler(hooks, undefined, !wire);
  return (shapeName, input) => {
    const check = compile(shapeName);
    const schema = shapeSchemas[shapeName];
    if (!check || !schema) throw new TypeError(`lambda-event-source-mappings: "${shapeName}" is not a shape of the Lambda event source mapping model`);
    const problems: ValidationProblem[] = [];
    if (input === undefined || input === null) {
      if (schema.type === "structure") check({}, ROOT, problems);
      return problems;
    }
    check(input, ROOT, problems);
    return problems;
  };
}

/** The model's constraints alone, for inputs that carry no `FilterCriteria` (Get, List, Delete). @internal */
export const validateModelConstraints: InputValidator = createInputValidator();

/** The model's constraints on a parsed request body (plus its URI and query members as text), for the local service. @internal */
export const validateWireConstraints: InputValidator = createInputValidator({}, true);
