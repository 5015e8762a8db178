import { describeJson } from "./json-utils.js";
import type { LeafMatcher } from "./types.js";

type NumericMatcher = Extract<LeafMatcher, { kind: "numeric" }>;

const LOWER_OPS = new Set([">", ">="]);
const UPPER_OPS = new Set(["<", "<="]);
const EXAMPLE = `e.g. [">", 0, "<=", 100] or ["=", 5]`;

/**
 * Compiles the operand of a `numeric` operator (`["=", n]`, `["<", n]`, `[">=", lo, "<", hi]`, ...) to a range.
 * Returns `undefined` after reporting when the expression is malformed; `sub` is a `[i]` suffix for the bad element.
 */
export function compileNumeric(
  operand: unknown,
  report: (message: string, sub?: string) => void,
): NumericMatcher | undefined {
  if (!Array.isArray(operand)) return void report(`"numeric" needs an array, ${EXAMPLE}; got ${describeJson(operand)}`);
  if (operand.length !== 2 && operand.length !== 4) {
    return void report(`"numeric" needs 2 or 4 elements, ${EXAMPLE}; got ${operand.length}`);
  }
  const [op, value] = operand as unknown[];
  if (typeof op !== "string") return void report(`expected a comparison operator, got ${describeJson(op)}`, "[0]");
  if (op !== "=" && !LOWER_OPS.has(op) && !UPPER_OPS.has(op)) {
    return void report(`unknown numeric operator ${JSON.stringify(op)}; use =, <, <=, > or >=`, "[0]");
  }
  if (!isNumber(value, report, op, "[1]")) return undefined;
  if (operand.length === 2) {
    if (op === "=") return range(value, true, value, true);
    if (LOWER_OPS.has(op)) return range(value, op === ">=", Infinity, false);
    return range(-Infinity, false, value, op === "<=");
  }
  if (op === "=") return void report(`"=" takes a single number; write a range as [">=", lo, "<=", hi]`, "[0]");
  if (!LOWER_OPS.has(op)) {
    return void report(`a numeric range must start with its lower bound (">" or ">="), got ${JSON.stringify(op)}`, "[0]");
  }
  const [, , upperOp, upper] = operand as unknown[];
  if (typeof upperOp !== "string" || !UPPER_OPS.has(upperOp)) {
    return void report(`the upper bound operator must be "<" or "<=", got ${describeJson(upperOp)}`, "[2]");
  }
  if (!isNumber(upper, report, upperOp, "[3]")) return undefined;
  if (!(value < upper)) return void report(`the lower bound (${value}) must be less than the upper bound (${upper})`);
  return range(value, op === ">=", upper, upperOp === "<=");
}

function isNumber(
  value: unknown,
  report: (message: string, sub?: string) => void,
  op: string,
  sub: string,
): value is number {
  if (typeof value !== "number") {
    report(`the value after ${JSON.stringify(op)} must be a number, got ${describeJson(value)}`, sub);
    return false;
  }
  if (!Number.isFinite(value)) {
    report(`the value after ${JSON.stringify(op)} is out of the range of a 64-bit float`, sub);
    return false;
  }
  return true;
}

function range(lower: number, lowerInclusive: boolean, upper: number, upperInclusive: boolean): NumericMatcher {
  return { kind: "numeric", lower, lowerInclusive, upper, upperInclusive };
}
