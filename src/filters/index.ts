export { matchesFilterCriteria } from "./matches-filter-criteria.js";
export { validateFilterCriteria, DEFAULT_MAX_FILTERS } from "./validate-filter-criteria.js";
export { matchesPattern } from "./matches-pattern.js";
export { shapeRecordForFiltering } from "./shape-record-for-filtering.js";
export { DecodedPayload } from "./decoded-payload.js";
export { InvalidFilterPatternError, INVALID_FILTER_PATTERN_MESSAGE } from "./invalid-filter-pattern-error.js";
export { MAX_PATTERN_LENGTH } from "./compile-filter.js";
export type { FilterProblem, ValidateFilterCriteriaOptions, MatchesFilterCriteriaOptions } from "./types.js";
