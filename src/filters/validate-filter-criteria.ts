import type { FilterCriteria } from "../models/index.js";
import { compileFilter } from "./compile-filter.js";
import { describeJson, isJsonObject } from "./json-utils.js";
import type { FilterProblem, ValidateFilterCriteriaOptions } from "./types.js";

/** Lambda's default quota of filters per event source mapping. */
export const DEFAULT_MAX_FILTERS = 5;

/**
 * Lists every reason Lambda would reject a `FilterCriteria` with "Invalid filter pattern definition."
 * (or a quota error, for too many filters); an empty list means it is valid.
 * @param filterCriteria The `FilterCriteria` of a Create/UpdateEventSourceMapping request; `undefined` is valid.
 * @param options Limits to check against.
 * @example
 * const problems = validateFilterCriteria({ Filters: [{ Pattern: '{"body":{"price":[{"numeric":[">",10,"<",5]}]}}' }] });
 * // [{ filterIndex: 0, path: "Filters[0].Pattern: body.price[0].numeric",
 * //    message: "the lower bound (10) must be less than the upper bound (5)" }]
 */
export function validateFilterCriteria(
  filterCriteria: FilterCriteria | null | undefined,
  options: ValidateFilterCriteriaOptions = {},
): FilterProblem[] {
  if (filterCriteria === undefined || filterCriteria === null) return [];
  if (!isJsonObject(filterCriteria)) {
    return [{ filterIndex: -1, path: "FilterCriteria", message: `must be an object, got ${describeJson(filterCriteria)}` }];
  }
  const filters: unknown = filterCriteria.Filters;
  if (filters === undefined || filters === null) return [];
  if (!Array.isArray(filters)) {
    return [{ filterIndex: -1, path: "Filters", message: `must be a list of filters, got ${describeJson(filters)}` }];
  }
  const problems: FilterProblem[] = [];
  const maxFilters = options.maxFilters ?? DEFAULT_MAX_FILTERS;
  if (filters.length > maxFilters) {
    problems.push({
      filterIndex: -1,
      path: "Filters",
      message: `has ${filters.length} filters; at most ${maxFilters} are allowed per event source mapping (the default quota is 5 and can be raised to 10)`,
    });
  }
  filters.forEach((filter, index) => problems.push(...compileFilter(filter, index).problems));
  return problems;
}
