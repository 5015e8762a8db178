import { compilePattern } from "./compile-pattern.js";
import { InvalidFilterPatternError } from "./invalid-filter-pattern-error.js";
import { matchCompiledPattern } from "./match-compiled-pattern.js";

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
  const compiled = compilePattern(pattern);
  if (!compiled.pattern) {
    throw new InvalidFilterPatternError(
      compiled.problems.map((p) => ({ filterIndex: 0, path: p.path === "" ? "Pattern" : `Pattern: ${p.path}`, message: p.message })),
    );
  }
  return matchCompiledPattern(compiled.pattern, event);
}
