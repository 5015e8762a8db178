import { SUPPORTED_OPERATORS, compileMatcher } from "./compile-matcher.js";
import { describeJson, isJsonObject, joinPath, type JsonObject } from "./json-utils.js";
import type { CompiledPattern, LeafMatcher, PatternProblem } from "./types.js";

/** Result of {@link compilePattern}: a pattern when there were no problems. */
export interface CompilePatternResult {
  /** The compiled pattern, present only when `problems` is empty. */
  pattern?: CompiledPattern;
  /** Every problem found, with paths relative to the pattern. */
  problems: PatternProblem[];
}

/**
 * Validates and compiles one parsed filter pattern (the JSON value of a `Pattern` string).
 * @example
 * compilePattern({ body: { price: [{ numeric: [">", 10] }] } }).problems; // []
 */
export function compilePattern(pattern: unknown): CompilePatternResult {
  const problems: PatternProblem[] = [];
  if (!isJsonObject(pattern)) {
    problems.push({ path: "", message: `a pattern must be a JSON object, got ${describeJson(pattern)}` });
    return { problems };
  }
  const compiled = compileObject(pattern, "", false, problems);
  return problems.length === 0 ? { pattern: compiled, problems } : { problems };
}

function compileObject(value: JsonObject, path: string, inOr: boolean, problems: PatternProblem[]): CompiledPattern {
  const leaves: { key: string; matchers: LeafMatcher[] }[] = [];
  const objects: { key: string; pattern: CompiledPattern }[] = [];
  const ors: CompiledPattern[][] = [];
  const keys = Object.keys(value);
  if (keys.length === 0) problems.push({ path, message: "empty objects are not allowed in a pattern" });
  for (const key of keys) {
    const child = value[key];
    const childPath = joinPath(path, key);
    if (key === "$or") {
      ors.push(compileOr(child, childPath, problems));
      continue;
    }
    if (inOr && SUPPORTED_OPERATORS.has(key)) {
      problems.push({
        path: childPath,
        message: `${JSON.stringify(key)} is an operator name and cannot be used as a field name inside "$or"`,
      });
    }
    if (Array.isArray(child)) {
      leaves.push({ key, matchers: compileValueList(child, childPath, problems) });
    } else if (isJsonObject(child)) {
      objects.push({ key, pattern: compileObject(child, childPath, inOr, problems) });
    } else {
      problems.push({
        path: childPath,
        message: `must be an array of match values (e.g. [${JSON.stringify(child ?? null)}]) or a nested object, got ${describeJson(child)}`,
      });
    }
  }
  const absenceOnly =
    ors.length === 0 &&
    leaves.every((leaf) => leaf.matchers.every((m) => m.kind === "exists" && !m.value)) &&
    objects.every((o) => o.pattern.absenceOnly);
  return { leaves, objects, ors, absenceOnly };
}

function compileOr(value: unknown, path: string, problems: PatternProblem[]): CompiledPattern[] {
  if (!Array.isArray(value)) {
    problems.push({ path, message: `"$or" needs an array of at least 2 pattern objects, got ${describeJson(value)}` });
    return [];
  }
  if (value.length < 2) {
    problems.push({ path, message: `"$or" needs at least 2 pattern objects, got ${value.length}` });
  }
  const alternatives: CompiledPattern[] = [];
  value.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (isJsonObject(item)) alternatives.push(compileObject(item, itemPath, true, problems));
    else problems.push({ path: itemPath, message: `"$or" items must be pattern objects, got ${describeJson(item)}` });
  });
  return alternatives;
}

function compileValueList(list: unknown[], path: string, problems: PatternProblem[]): LeafMatcher[] {
  if (list.length === 0) {
    problems.push({ path, message: "empty arrays are not allowed in a pattern (use [null] to match null)" });
  }
  const matchers: LeafMatcher[] = [];
  list.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const matcher = compileMatcher(item, (message, sub) => {
      problems.push({ path: sub === undefined ? itemPath : `${itemPath}.${sub}`, message });
    });
    if (matcher) matchers.push(matcher);
  });
  return matchers;
}
