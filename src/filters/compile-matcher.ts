import { compileNumeric } from "./compile-numeric.js";
import { describeJson, isJsonObject } from "./json-utils.js";
import type { LeafMatcher } from "./types.js";

/** Operators Lambda event filtering accepts inside a value array. */
export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  "prefix",
  "suffix",
  "equals-ignore-case",
  "anything-but",
  "numeric",
  "exists",
]);

// EventBridge / event-ruler operators that Lambda (like EventBridge Pipes) does not document as supported.
const EVENTBRIDGE_ONLY_OPERATORS: ReadonlySet<string> = new Set(["wildcard", "cidr", "equals", "exactly"]);

/** Reports one problem at a path relative to the current matcher. */
export type ReportProblem = (message: string, subPath?: string) => void;

/**
 * Compiles one item of a pattern value array (a literal or an operator object) to a {@link LeafMatcher}.
 * Returns `undefined` after reporting when the item is invalid.
 */
export function compileMatcher(item: unknown, report: ReportProblem): LeafMatcher | undefined {
  if (item === null || typeof item === "string" || typeof item === "boolean") return { kind: "equals", value: item };
  if (typeof item === "number") {
    if (!Number.isFinite(item)) return void report("number is out of the range of a 64-bit float");
    return { kind: "equals", value: item };
  }
  if (!isJsonObject(item)) {
    return void report(
      `match values must be strings, numbers, booleans, null or operator objects, got ${describeJson(item)}`,
    );
  }
  const keys = Object.keys(item);
  if (keys.length !== 1) {
    const got = keys.length === 0 ? "none" : `${keys.length} (${keys.map((k) => JSON.stringify(k)).join(", ")})`;
    return void report(`an operator object must have exactly one key, got ${got}`);
  }
  const op = keys[0] as string;
  const operand = item[op];
  const at = (message: string): undefined => void report(message, op);
  switch (op) {
    case "prefix":
    case "suffix": {
      if (typeof operand === "string") return { kind: op, value: operand, ignoreCase: false };
      const folded = ignoreCaseOperand(operand);
      if (folded !== undefined) return { kind: op, value: folded, ignoreCase: true };
      return at(`"${op}" needs a string or {"equals-ignore-case": string}, got ${describeJson(operand)}`);
    }
    case "equals-ignore-case":
      if (typeof operand === "string") return { kind: op, value: foldCase(operand) };
      return at(`"equals-ignore-case" needs a string, got ${describeJson(operand)}`);
    case "exists":
      if (typeof operand === "boolean") return { kind: op, value: operand };
      return at(`"exists" needs true or false, got ${describeJson(operand)}`);
    case "numeric":
      return compileNumeric(operand, (message, sub) => report(message, sub === undefined ? op : `${op}${sub}`));
    case "anything-but":
      return compileAnythingBut(operand, at);
    default:
      return void report(unknownOperatorMessage(op), op);
  }
}

function compileAnythingBut(operand: unknown, at: (message: string) => undefined): LeafMatcher | undefined {
  if (typeof operand === "string") return { kind: "anything-but-strings", values: new Set([operand]) };
  if (typeof operand === "number") {
    if (!Number.isFinite(operand)) return at(`"anything-but" number is out of the range of a 64-bit float`);
    return { kind: "anything-but-numbers", values: [operand] };
  }
  if (Array.isArray(operand)) {
    if (operand.length === 0) return at(`"anything-but" list must not be empty`);
    const bad = operand.find((v) => typeof v !== "string" && typeof v !== "number");
    if (bad !== undefined) {
      return at(`"anything-but" list items must be strings or numbers, got ${describeJson(bad)}`);
    }
    const strings = operand.filter((v): v is string => typeof v === "string");
    if (strings.length === operand.length) return { kind: "anything-but-strings", values: new Set(strings) };
    if (strings.length > 0) return at(`"anything-but" list must hold only strings or only numbers, not both`);
    const numbers = operand as number[];
    if (!numbers.every(Number.isFinite)) return at(`"anything-but" number is out of the range of a 64-bit float`);
    return { kind: "anything-but-numbers", values: numbers };
  }
  if (isJsonObject(operand)) {
    const inner = Object.keys(operand);
    const known = inner.filter((k) => ["prefix", "suffix", "equals-ignore-case", "wildcard"].includes(k));
    if (inner.length === 1 && known.length === 1) {
      return at(
        `"anything-but" with "${known[0]}" is an EventBridge operator that Lambda event filtering does not support`,
      );
    }
    return at(`"anything-but" does not accept the object ${JSON.stringify(operand)}`);
  }
  return at(`"anything-but" needs a string, a number, or a list of strings or numbers, got ${describeJson(operand)}`);
}

function ignoreCaseOperand(operand: unknown): string | undefined {
  if (!isJsonObject(operand)) return undefined;
  const keys = Object.keys(operand);
  const value = operand["equals-ignore-case"];
  return keys.length === 1 && typeof value === "string" ? foldCase(value) : undefined;
}

function unknownOperatorMessage(op: string): string {
  if (EVENTBRIDGE_ONLY_OPERATORS.has(op)) {
    return `"${op}" is an EventBridge operator that Lambda event filtering does not support`;
  }
  const lower = op.toLowerCase();
  const hint = [...SUPPORTED_OPERATORS].find((name) => name === lower);
  const suffix = hint ? ` (operators are case-sensitive: did you mean "${hint}"?)` : "";
  return `unknown operator ${JSON.stringify(op)}${suffix}; supported: ${[...SUPPORTED_OPERATORS].join(", ")}`;
}

/**
 * Case-folds a string for every `equals-ignore-case` comparison: each code point is lower-cased on its own, and
 * mappings that would change the length (such as `İ` to `i̇`) are not applied, as in event-ruler's per-character matching.
 */
export function foldCase(value: string): string {
  if (/^[\u0000-\u007f]*$/.test(value)) return value.toLowerCase();
  let folded = "";
  for (const char of value) {
    const lower = char.toLowerCase();
    folded += lower.length === char.length || [...lower].length === 1 ? lower : char;
  }
  return folded;
}
