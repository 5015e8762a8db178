import { compileMatcher } from "./compile-matcher.js";
import type { JsonNode } from "./json-text.js";
import { describeNode, joinPath } from "./json-utils.js";
import type { CompiledBranch, CompiledField, CompiledPattern, LeafMatcher, PatternProblem } from "./types.js";

/** Result of {@link compilePattern}: a pattern when there were no problems. */
export interface CompilePatternResult {
  /** The compiled pattern, present only when `problems` is empty. */
  pattern?: CompiledPattern;
  /** Every problem found, with paths relative to the pattern. */
  problems: PatternProblem[];
}

/**
 * Most fields one branch may have: event-ruler's `GenericMachine.MAXIMUM_RULE_SIZE` ("Size of rule ... exceeds
 * max value of 256").
 */
export const MAX_FIELDS_PER_BRANCH = 256;

/**
 * Most branches the `$or`s of one pattern may expand to. event-ruler has no such limit (it would build every
 * combination); this one keeps a 4 KB pattern from costing exponential time and memory.
 */
export const MAX_BRANCHES = 1024;

// Constants.RESERVED_FIELD_NAMES_IN_OR_RELATIONSHIP in event-ruler: not usable as field names inside "$or".
const RESERVED_IN_OR: ReadonlySet<string> = new Set([
  "exactly", "equals-ignore-case", "prefix", "suffix", "anything-but", "exists", "wildcard", "numeric", "cidr",
  "=", "<", "<=", ">", ">=", "regex", "not-wildcard", "not-equals-ignore-case", "date-after", "date-on-or-after",
  "date-before", "date-on-or-before", "in-date-range", "ip-address-in-range", "ip-address-not-in-range",
]);

type Branch = Map<string, CompiledField>;

/**
 * Validates and compiles one parsed filter pattern the way event-ruler's `JsonRuleCompiler` does: nested keys are
 * joined with `.` into flat field names (so `{"a":{"b":[1]}}` and `{"a.b":[1]}` are the same field), each `$or`
 * forks the branches built so far, and a field written again in the same branch replaces the earlier one (also
 * inside an `$or` alternative, and for a repeated key).
 * @example
 * compilePattern(parsePatternText('{"body":{"price":[{"numeric":[">",10]}]}}').value).problems; // []
 */
export function compilePattern(pattern: JsonNode): CompilePatternResult {
  const problems: PatternProblem[] = [];
  if (pattern.kind !== "object") {
    problems.push({ path: "", message: `a pattern must be a JSON object, got ${describeNode(pattern)}` });
    return { problems };
  }
  const state: State = { problems, tooMany: false };
  const branches: Branch[] = [];
  compileObject(pattern, [], "", false, branches, state);
  if (problems.length > 0) return { problems };
  const compiled = branches.map(toBranch);
  const oversized = compiled.find((b) => b.fields.length > MAX_FIELDS_PER_BRANCH);
  if (oversized) {
    problems.push({
      path: "",
      message: `has ${oversized.fields.length} fields in one alternative; at most ${MAX_FIELDS_PER_BRANCH} are allowed`,
    });
    return { problems };
  }
  return { pattern: { branches: compiled }, problems };
}

interface State {
  problems: PatternProblem[];
  tooMany: boolean;
}

// Objects nest at most ~800 deep in a 4096-character pattern and the parser refuses more than 1000 levels, so
// recursion here stays shallow.
function compileObject(
  node: Extract<JsonNode, { kind: "object" }>,
  steps: string[],
  path: string,
  inOr: boolean,
  branches: Branch[] | undefined,
  state: State,
): void {
  if (node.entries.length === 0) state.problems.push({ path, message: "empty objects are not allowed in a pattern" });
  for (const [key, child] of node.entries) {
    const childPath = joinPath(path, key);
    if (key === "$or") {
      compileOr(child, steps, childPath, branches, state);
      continue;
    }
    if (inOr && RESERVED_IN_OR.has(key)) {
      state.problems.push({
        path: childPath,
        message: `${JSON.stringify(key)} is an operator name and cannot be used as a field name inside "$or"`,
      });
    }
    // event-ruler's Path.extendedName: the keys so far joined with ".", then this key (no "." after an empty name).
    const base = steps.join(".");
    const childName = base === "" ? key : `${base}.${key}`;
    if (child.kind === "array") {
      const field = compileField(child, childName, childPath, state.problems);
      if (branches && state.problems.length === 0) {
        if (branches.length === 0) branches.push(new Map());
        for (const branch of branches) branch.set(childName, field);
      }
    } else if (child.kind === "object") {
      steps.push(key);
      compileObject(child, steps, childPath, inOr, branches, state);
      steps.pop();
    } else {
      const example = child.kind === "string" ? JSON.stringify(child.value) : child.kind === "number" ? child.text : String(child.value);
      state.problems.push({
        path: childPath,
        message: `must be an array of match values (e.g. [${example}]) or a nested object, got ${describeNode(child)}`,
      });
    }
  }
}

function compileOr(value: JsonNode, steps: string[], path: string, branches: Branch[] | undefined, state: State): void {
  if (value.kind !== "array") {
    state.problems.push({ path, message: `"$or" needs an array of at least 2 pattern objects, got ${describeNode(value)}` });
    return;
  }
  if (value.items.length < 2) {
    state.problems.push({ path, message: `"$or" needs at least 2 pattern objects, got ${value.items.length}` });
  }
  const current = branches ? branches.splice(0, branches.length) : undefined;
  value.items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (item.kind !== "object") {
      state.problems.push({ path: itemPath, message: `"$or" items must be pattern objects, got ${describeNode(item)}` });
      return;
    }
    let forked: Branch[] | undefined;
    if (branches && current && !state.tooMany) {
      forked = current.length === 0 ? [new Map()] : current.map((b) => new Map(b));
      if (branches.length + forked.length > MAX_BRANCHES) {
        state.tooMany = true;
        state.problems.push({
          path,
          message: `the "$or"s of this pattern combine into more than ${MAX_BRANCHES} alternatives; simplify it or split it into several filters`,
        });
        forked = undefined;
      }
    }
    compileObject(item, steps, itemPath, true, forked, state);
    if (forked && branches) branches.push(...forked);
  });
}

function compileField(
  list: Extract<JsonNode, { kind: "array" }>,
  name: string,
  path: string,
  problems: PatternProblem[],
): CompiledField {
  if (list.items.length === 0) {
    problems.push({ path, message: "empty arrays are not allowed in a pattern (use [null] to match null)" });
  }
  const valueMatchers: LeafMatcher[] = [];
  let absence = false;
  list.items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const matcher = compileMatcher(item, (message, sub) => {
      problems.push({ path: sub === undefined ? itemPath : `${itemPath}.${sub}`, message });
    });
    if (!matcher) return;
    if (matcher.kind === "exists" && !matcher.value) absence = true;
    else valueMatchers.push(matcher);
  });
  return { name, valueMatchers, absence };
}

function toBranch(branch: Branch): CompiledBranch {
  const names = [...branch.keys()].sort();
  return { fields: names.map((n) => branch.get(n) as CompiledField) };
}
