import { isExactDouble, type JsonNode } from "./json-text.js";
import { describeNode } from "./json-utils.js";
import type { LeafMatcher } from "./types.js";

type NumericMatcher = Extract<LeafMatcher, { kind: "numeric" }>;

const LOWER_OPS = new Set([">", ">="]);
const UPPER_OPS = new Set(["<", "<="]);
const EXAMPLE = `e.g. [">", 0, "<=", 100] or ["=", 5]`;

/** The double a pattern number stands for, when a double holds it exactly (event-ruler's ComparableNumber rule). */
export function exactNumber(node: Extract<JsonNode, { kind: "number" }>): number | undefined {
  // BigDecimal has no negative zero, so event-ruler reads -0 as 0.
  return isExactDouble(node.text, node.value) ? node.value + 0 : undefined;
}

/**
 * Compiles the operand of a `numeric` operator (`["=", n]`, `["<", n]`, `[">=", lo, "<", hi]`, ...) to a range,
 * with the checks of event-ruler's `processNumericMatchExpression` and `Range.between` (bounds must be numbers a
 * double holds exactly, and the lower bound must sort before the upper one).
 * Returns `undefined` after reporting when the expression is malformed; `sub` is a `[i]` suffix for the bad element.
 */
export function compileNumeric(
  operand: JsonNode,
  report: (message: string, sub?: string) => void,
): NumericMatcher | undefined {
  if (operand.kind !== "array") return void report(`"numeric" needs an array, ${EXAMPLE}; got ${describeNode(operand)}`);
  const items = operand.items;
  if (items.length !== 2 && items.length !== 4) {
    return void report(`"numeric" needs 2 or 4 elements, ${EXAMPLE}; got ${items.length}`);
  }
  const [opNode, valueNode] = items as [JsonNode, JsonNode];
  if (opNode.kind !== "string") return void report(`expected a comparison operator, got ${describeNode(opNode)}`, "[0]");
  const op = opNode.value;
  if (op !== "=" && !LOWER_OPS.has(op) && !UPPER_OPS.has(op)) {
    return void report(`unknown numeric operator ${JSON.stringify(op)}; use =, <, <=, > or >=`, "[0]");
  }
  const value = numberOperand(valueNode, report, op, "[1]");
  if (value === undefined) return undefined;
  if (items.length === 2) {
    if (op === "=") return range(value, true, value, true);
    if (LOWER_OPS.has(op)) return range(value, op === ">=", Infinity, false);
    return range(-Infinity, false, value, op === "<=");
  }
  if (op === "=") return void report(`"=" takes a single number; write a range as [">=", lo, "<=", hi]`, "[0]");
  if (!LOWER_OPS.has(op)) {
    return void report(`a numeric range must start with its lower bound (">" or ">="), got ${JSON.stringify(op)}`, "[0]");
  }
  const upperOpNode = items[2] as JsonNode;
  if (upperOpNode.kind !== "string" || !UPPER_OPS.has(upperOpNode.value)) {
    return void report(`the upper bound operator must be "<" or "<=", got ${describeNode(upperOpNode)}`, "[2]");
  }
  const upperOp = upperOpNode.value;
  const upper = numberOperand(items[3] as JsonNode, report, upperOp, "[3]");
  if (upper === undefined) return undefined;
  if (!(value < upper)) {
    const [lo, hi] = [(valueNode as { text: string }).text, (items[3] as { text: string }).text];
    return void report(`the lower bound (${lo}) must be less than the upper bound (${hi})`);
  }
  return range(value, op === ">=", upper, upperOp === "<=");
}

function numberOperand(
  node: JsonNode,
  report: (message: string, sub?: string) => void,
  op: string,
  sub: string,
): number | undefined {
  if (node.kind !== "number") {
    report(`the value after ${JSON.stringify(op)} must be a number, got ${describeNode(node)}`, sub);
    return undefined;
  }
  const value = exactNumber(node);
  if (value === undefined) report(inexactMessage(`the value after ${JSON.stringify(op)} (${node.text})`, node), sub);
  return value;
}

function range(lower: number, lowerInclusive: boolean, upper: number, upperInclusive: boolean): NumericMatcher {
  return { kind: "numeric", lower, lowerInclusive, upper, upperInclusive };
}

/** Message for a number no double holds exactly (event-ruler: "Cannot compare number"). */
export function inexactMessage(what: string, node: JsonNode): string {
  return node.kind === "number" && !Number.isFinite(node.value)
    ? `${what} is out of the range of a 64-bit float`
    : `${what} is not exactly representable as a 64-bit float (event-ruler compares numbers as doubles)`;
}
