import { compilePattern } from "./compile-pattern.js";
import { InvalidFilterPatternError } from "./invalid-filter-pattern-error.js";
import { valueToNode } from "./json-text.js";
import { matchCompiledPattern } from "./match-compiled-pattern.js";
import type { PatternProblem } from "./types.js";

/**
 * Matches one parsed filter pattern against one event, without any event-source shaping (pass the result of
 * {@link shapeRecordForFiltering} to get Lambda's shaping).
 * @param pattern The parsed JSON of a `Pattern` string.
 * @param event Any JSON value.
 * @throws {InvalidFilterPatternError} when the pattern is invalid (problems have `filterIndex` 0).
 * @example
 * matchesPattern({ price: [{ numeric: [">", 10] }] }, { price: 12 }); // true
 */
export function matchesPattern(pattern: object, event: unknown): boolean {
  const node = valueToNode(pattern);
  const compiled: { pattern?: unknown; problems: PatternProblem[] } = node.ok
    ? compilePattern(node.value)
    : { problems: [{ path: "", message: `is ${node.error}` }] };
  if (!compiled.pattern) {
    throw new InvalidFilterPatternError(
      compiled.problems.map((p) => ({ filterIndex: 0, path: p.path === "" ? "Pattern" : `Pattern: ${p.path}`, message: p.message })),
    );
  }
  return matchCompiledPattern(compiled.pattern as Parameters<typeof matchCompiledPattern>[0], event);
}
