import type { FilterCriteria } from "../models/index.js";
import { compileFilter, compiledFilterPattern } from "./compile-filter.js";
import { InvalidFilterPatternError } from "./invalid-filter-pattern-error.js";
import { isJsonObject } from "./json-utils.js";
import { matchCompiledPattern } from "./match-compiled-pattern.js";
import { shapeRecordForFiltering } from "./shape-record-for-filtering.js";
import type { CompiledPattern, FilterProblem, MatchesFilterCriteriaOptions } from "./types.js";

/**
 * Tells whether Lambda would deliver a record to the function under the given `FilterCriteria`: true when there
 * are no filters or when any filter's pattern matches the record (shaped by its `eventSource` as Lambda does).
 * @param filterCriteria The mapping's `FilterCriteria`; `undefined`, `{}` and `{ Filters: [] }` deliver everything.
 * @param record One record as Lambda delivers it (an SQS message, a Kinesis or DynamoDB stream record, a Kafka
 *   record, an MQ message) or any JSON event.
 * @param options Event source override for records without an `eventSource` field.
 * @throws {InvalidFilterPatternError} when a pattern is invalid (the quota on the number of filters is not checked).
 * @example
 * const filterCriteria = { Filters: [{ Pattern: JSON.stringify({ body: { type: ["order"] } }) }] };
 * matchesFilterCriteria(filterCriteria, { eventSource: "aws:sqs", body: '{"type":"order"}' }); // true
 */
export function matchesFilterCriteria(
  filterCriteria: FilterCriteria | null | undefined,
  record: unknown,
  options: MatchesFilterCriteriaOptions = {},
): boolean {
  if (filterCriteria !== undefined && filterCriteria !== null && !isJsonObject(filterCriteria)) {
    throw new InvalidFilterPatternError([{ filterIndex: -1, path: "FilterCriteria", message: "must be an object" }]);
  }
  const filters: unknown = filterCriteria?.Filters;
  if (!Array.isArray(filters) || filters.length === 0) {
    if (filters === undefined || filters === null || Array.isArray(filters)) return true;
    throw new InvalidFilterPatternError([{ filterIndex: -1, path: "Filters", message: "must be a list of filters" }]);
  }
  const patterns: CompiledPattern[] = [];
  for (const filter of filters) {
    const pattern = compiledFilterPattern(filter);
    if (!pattern) throw invalidFilters(filters);
    patterns.push(pattern);
  }
  const document = shapeRecordForFiltering(record, options.eventSource);
  for (const pattern of patterns) if (matchCompiledPattern(pattern, document)) return true;
  return false;
}

function invalidFilters(filters: readonly unknown[]): InvalidFilterPatternError {
  const problems: FilterProblem[] = [];
  filters.forEach((filter, index) => problems.push(...compileFilter(filter, index).problems));
  return new InvalidFilterPatternError(problems);
}
