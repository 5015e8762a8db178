import { compilePattern } from "./compile-pattern.js";
import { parsePatternText } from "./json-text.js";
import { describeJson, isJsonObject } from "./json-utils.js";
import type { CompiledPattern, FilterProblem, PatternProblem } from "./types.js";

/** Longest `Pattern` Lambda accepts, in characters. */
export const MAX_PATTERN_LENGTH = 4096;

/** Most pattern strings kept compiled at once; the oldest is evicted first. */
export const PATTERN_CACHE_LIMIT = 512;
const cache = new Map<string, { pattern?: CompiledPattern; problems: PatternProblem[] }>();

/** Result of {@link compileFilter}. */
export interface CompileFilterResult {
  /** The compiled pattern, present only when `problems` is empty. */
  pattern?: CompiledPattern;
  /** Problems with this filter, with `filterIndex` and `Filters[i].Pattern...` paths filled in. */
  problems: FilterProblem[];
}

/**
 * Validates and compiles one entry of `FilterCriteria.Filters` (results for a pattern string are cached).
 * @example
 * compileFilter({ Pattern: '{"body":{"a":[1]}}' }, 0).problems; // []
 */
export function compileFilter(filter: unknown, filterIndex: number): CompileFilterResult {
  const base = `Filters[${filterIndex}]`;
  const problem = (path: string, message: string): CompileFilterResult => ({
    problems: [{ filterIndex, path, message }],
  });
  if (!isJsonObject(filter)) return problem(base, `must be an object with a Pattern, got ${describeJson(filter)}`);
  const text = filter["Pattern"];
  if (text === undefined || text === null) return problem(`${base}.Pattern`, "is required");
  if (typeof text !== "string") {
    return problem(
      `${base}.Pattern`,
      `must be a string holding a JSON object (use JSON.stringify), got ${describeJson(text)}`,
    );
  }
  const compiled = compileText(text);
  return {
    ...(compiled.pattern ? { pattern: compiled.pattern } : {}),
    problems: compiled.problems.map((p) => ({
      filterIndex,
      path: p.path === "" ? `${base}.Pattern` : `${base}.Pattern: ${p.path}`,
      message: p.message,
    })),
  };
}

/**
 * The compiled pattern of a valid filter, from the cache when possible, or `undefined` when the filter is invalid
 * (then {@link compileFilter} tells why). The allocation-free path for matching.
 */
export function compiledFilterPattern(filter: unknown): CompiledPattern | undefined {
  if (!isJsonObject(filter)) return undefined;
  const text = filter["Pattern"];
  return typeof text === "string" ? compileText(text).pattern : undefined;
}

/** Number of pattern strings currently held by the compile cache (for tests and diagnostics). */
export function compiledPatternCacheSize(): number {
  return cache.size;
}

function compileText(text: string): { pattern?: CompiledPattern; problems: PatternProblem[] } {
  const cached = cache.get(text);
  if (cached) return cached;
  const result = compileUncached(text);
  if (cache.size >= PATTERN_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

function compileUncached(text: string): { pattern?: CompiledPattern; problems: PatternProblem[] } {
  const problems: PatternProblem[] = [];
  const length = codePointLength(text);
  if (length > MAX_PATTERN_LENGTH) {
    problems.push({ path: "", message: `is ${length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed` });
  }
  const parsed = parsePatternText(text);
  if (!parsed.ok) {
    problems.push({ path: "", message: `is not valid JSON (${parsed.error})` });
    return { problems };
  }
  const compiled = compilePattern(parsed.value);
  problems.push(...compiled.problems);
  return problems.length === 0 && compiled.pattern ? { pattern: compiled.pattern, problems } : { problems };
}

// Smithy length constraints count Unicode code points, not UTF-16 units (never more than the UTF-16 length).
function codePointLength(text: string): number {
  if (text.length <= MAX_PATTERN_LENGTH) return text.length;
  let length = 0;
  for (const _ of text) length++;
  return length;
}
