import type { ValidationProblem, ValidationRule } from "./validation-problem.js";
import { violationMessage } from "./service-wording.js";
import { typeMismatch } from "./type-mismatch.js";
import type { ShapeSchema } from "../models/schema-types.js";

/** Where a value is: the SDK-style `path` (`Topics[0]`) and the service's member path (`topics`). @internal */
export interface Location {
  readonly path: string;
  readonly servicePath: string;
}

/** Checks one present (non-null) value at `at`, appending every problem to `out`. @internal */
export type Check = (value: unknown, at: Location, out: ValidationProblem[]) => void;

/** A constraint violation worded as the service words it. @internal */
export function violation(at: Location, rule: ValidationRule, clause: string, value: unknown): ValidationProblem {
  return { path: at.path, rule, message: violationMessage(at.servicePath, value, clause), value };
}

/** A value of the wrong JSON type, worded as the service's deserializer words it. @internal */
export function mismatch(at: Location, expected: ShapeSchema["type"], value: unknown, httpBound = false): ValidationProblem {
  // A URI label or query member reaches the service as text, whatever its JS type was.
  return { path: at.path, rule: "type", message: typeMismatch(httpBound ? "" : value, expected), value };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The SDK-style path of a structure member or map entry: `.Name`, or `["any key"]` when the key is not a plain identifier. @internal */
export function childPath(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** True for a value restJson1 writes as a JSON object (a structure or a map). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** True for a value the SDK leaves out of the request (and the JSON `null` the service reads as absent). @internal */
export const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || typeof value === "function" || typeof value === "symbol";
