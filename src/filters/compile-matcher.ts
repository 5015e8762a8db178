import { compileNumeric, exactNumber, inexactMessage } from "./compile-numeric.js";
import { ipAddressKey } from "./ip-address.js";
import { compileIgnoreCase } from "./java-strings.js";
import type { JsonNode } from "./json-text.js";
import { describeNode, nodeText } from "./json-utils.js";
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
 * Compiles one item of a pattern value array (a literal or an operator object) to a {@link LeafMatcher}, with the
 * checks of event-ruler's `JsonRuleCompiler.processMatchExpression`. Returns `undefined` after reporting when the
 * item is invalid.
 */
export function compileMatcher(item: JsonNode, report: ReportProblem): LeafMatcher | undefined {
  switch (item.kind) {
    case "string": {
      const address = ipAddressKey(item.value);
      return address === undefined ? { kind: "string", value: item.value } : { kind: "ip", address };
    }
    case "literal":
      return { kind: "literal", value: item.value };
    case "number":
      // event-ruler adds an exact-text match and, when a double holds the number exactly, a numeric-equality match.
      return { kind: "number", text: item.text, value: exactNumber(item) };
    case "array":
      return void report(`match values must be strings, numbers, booleans, null or operator objects, got an array`);
    case "object":
      break;
  }
  const entries = item.entries;
  if (entries.length !== 1) {
    const got = entries.length === 0 ? "none" : `${entries.length} (${entries.map(([k]) => JSON.stringify(k)).join(", ")})`;
    return void report(`an operator object must have exactly one key, got ${got}`);
  }
  const [op, operand] = entries[0] as readonly [string, JsonNode];
  const at = (message: string): undefined => void report(message, op);
  switch (op) {
    case "prefix":
    case "suffix": {
      if (operand.kind === "string") {
        const value = operand.value;
        return { kind: op, value, quoted: value.includes('"') };
      }
      const folded = ignoreCaseOperand(operand);
      if (folded !== undefined) {
        return { kind: `${op}-ignore-case`, matcher: compileIgnoreCase(folded), quoted: folded.includes('"') };
      }
      return at(`"${op}" needs a string or {"equals-ignore-case": string}, got ${describeNode(operand)}`);
    }
    case "equals-ignore-case":
      if (operand.kind === "string") return { kind: op, matcher: compileIgnoreCase(operand.value) };
      return at(`"equals-ignore-case" needs a string, got ${describeNode(operand)}`);
    case "exists":
      if (operand.kind === "literal" && operand.value !== null) return { kind: op, value: operand.value };
      return at(`"exists" needs true or false, got ${describeNode(operand)}`);
    case "numeric":
      return compileNumeric(operand, (message, sub) => report(message, sub === undefined ? op : `${op}${sub}`));
    case "anything-but":
      return compileAnythingBut(operand, at);
    default:
      return void report(unknownOperatorMessage(op), op);
  }
}

function compileAnythingBut(operand: JsonNode, at: (message: string) => undefined): LeafMatcher | undefined {
  if (operand.kind === "string") return { kind: "anything-but-strings", values: new Set([operand.value]) };
  if (operand.kind === "number") {
    const value = exactNumber(operand);
    if (value === undefined) return at(inexactMessage(`"anything-but" number ${operand.text}`, operand));
    return { kind: "anything-but-numbers", values: [value] };
  }
  if (operand.kind === "array") {
    if (operand.items.length === 0) return at(`"anything-but" list must not be empty`);
    const bad = operand.items.find((v) => v.kind !== "string" && v.kind !== "number");
    if (bad !== undefined) {
      return at(`"anything-but" list items must be strings or numbers, got ${describeNode(bad)}`);
    }
    const strings = operand.items.filter((v) => v.kind === "string");
    if (strings.length === operand.items.length) {
      return { kind: "anything-but-strings", values: new Set(strings.map((s) => s.value)) };
    }
    if (strings.length > 0) return at(`"anything-but" list must hold only strings or only numbers, not both`);
    const numbers: number[] = [];
    for (const item of operand.items) {
      const value = item.kind === "number" ? exactNumber(item) : undefined;
      if (value === undefined) return at(inexactMessage(`"anything-but" number ${nodeText(item)}`, item));
      numbers.push(value);
    }
    return { kind: "anything-but-numbers", values: numbers };
  }
  if (operand.kind === "object") {
    const inner = operand.entries.map(([k]) => k);
    const known = inner.filter((k) => ["prefix", "suffix", "equals-ignore-case", "wildcard"].includes(k));
    if (inner.length >= 1 && known.length >= 1 && inner[0] === known[0]) {
      return at(
        `"anything-but" with "${known[0]}" is an EventBridge operator that Lambda event filtering does not support`,
      );
    }
    return at(`"anything-but" does not accept the object ${truncateText(nodeText(operand))}`);
  }
  return at(`"anything-but" needs a string, a number, or a list of strings or numbers, got ${describeNode(operand)}`);
}

function truncateText(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function ignoreCaseOperand(operand: JsonNode): string | undefined {
  if (operand.kind !== "object" || operand.entries.length !== 1) return undefined;
  const [key, value] = operand.entries[0] as readonly [string, JsonNode];
  return key === "equals-ignore-case" && value.kind === "string" ? value.value : undefined;
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
