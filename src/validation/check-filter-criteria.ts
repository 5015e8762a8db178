import { validateFilterCriteria } from "../filters/index.js";
import { describeValue } from "./describe-value.js";
import type { StructureHook } from "./compile-shape-check.js";
import type { ValidationProblem } from "./validation-problem.js";

const FILTER_PATH = /^Filters\[0\]((?:\.Pattern)?)(?:: (.*))?$/;

/**
 * Checks each filter of a `FilterCriteria` with Lambda's filter syntax (via `validateFilterCriteria`): invalid JSON,
 * a bad pattern structure, unknown operators, a missing `Pattern`. The number of filters is not checked: that is an
 * account quota (5 by default, up to 10), not part of the model. A filter that already broke a model constraint
 * (a non-string or too long `Pattern`) is not checked again.
 * @internal
 */
export const checkFilterCriteria: StructureHook = (value, at, out) => {
  const path = at.path;
  const filters = value["Filters"];
  if (!Array.isArray(filters)) return;
  const filtersPath = path === "" ? "Filters" : `${path}.Filters`;
  for (let i = 0; i < filters.length; i++) {
    const filter: unknown = filters[i];
    // The SDK drops null items, and a non-object filter was already reported as a type problem.
    if (typeof filter !== "object" || filter === null || Array.isArray(filter)) continue;
    const filterPath = `${filtersPath}[${i}]`;
    if (hasProblemUnder(out, filterPath)) continue;
    const pattern: unknown = (filter as Record<string, unknown>)["Pattern"];
    for (const p of validateFilterCriteria({ Filters: [filter] }, { maxFilters: Infinity })) {
      out.push(toProblem(p.path, p.message, filterPath, pattern));
    }
  }
};

function hasProblemUnder(out: readonly ValidationProblem[], filterPath: string): boolean {
  return out.some((p) => p.path === filterPath || p.path.startsWith(`${filterPath}.`));
}

// Filter problems are relative to a one-filter criteria: `Filters[0].Pattern: body.price[0].numeric`.
function toProblem(filterProblemPath: string, message: string, filterPath: string, pattern: unknown): ValidationProblem {
  const [, member = "", location] = FILTER_PATH.exec(filterProblemPath) ?? [];
  // A located message already quotes the offending part; a whole-pattern message shows the pattern.
  const text = location ? `at ${location}: ${message} (filter)` : `${message} (filter)`;
  const got = !location && typeof pattern === "string" ? `, got ${describeValue(pattern)}` : "";
  return { path: `${filterPath}${member}`, rule: "filter", message: `${text}${got}`, value: member ? pattern : undefined };
}
