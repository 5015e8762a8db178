import { describeValue } from "./describe-value.js";
import type { ValidationProblem, ValidationRule } from "./validation-problem.js";

/** Checks one present (non-null) value found at `path`, appending every problem to `out`. @internal */
export type Check = (value: unknown, path: string, out: ValidationProblem[]) => void;

/** Builds a problem whose message is `<expectation>, got <value>`. @internal */
export function problem(path: string, rule: ValidationRule, expectation: string, value: unknown, got = describeValue(value)): ValidationProblem {
  return { path, rule, message: `${expectation}, got ${got}`, value };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The path of a structure member or map entry: `.Name`, or `["any key"]` when the key is not a plain identifier. @internal */
export function childPath(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** Renders a `[min, max]` bound for a message: `[1, 10000]`, `[0, *]`. @internal */
export function formatBound(min: number | null, max: number | null): string {
  return `[${min ?? "*"}, ${max ?? "*"}]`;
}

/** Describes the allowed span of a bound: `between 1 and 10`, `at least 1`, `at most 350`. @internal */
export function describeSpan(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `exactly ${min}` : `between ${min} and ${max}`;
  return min !== null ? `at least ${min}` : `at most ${max}`;
}

/** True for a value restJson1 can write as a JSON object (a structure or a map). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Map) && !(value instanceof Set);
}
