import type { FilterProblem } from "./types.js";

/** The message Lambda returns (in an `InvalidParameterValueException`) for any invalid filter pattern. */
export const INVALID_FILTER_PATTERN_MESSAGE = "Invalid filter pattern definition.";

/**
 * Thrown by {@link matchesFilterCriteria} and {@link matchesPattern} when a pattern is invalid, so that a bad
 * filter never silently matches (or drops) records.
 */
export class InvalidFilterPatternError extends Error {
  /** Always `"InvalidFilterPatternError"`. */
  override readonly name = "InvalidFilterPatternError";

  /** Every problem found, as {@link validateFilterCriteria} reports them. */
  readonly problems: readonly FilterProblem[];

  constructor(problems: readonly FilterProblem[]) {
    const details = problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    super(`${INVALID_FILTER_PATTERN_MESSAGE} ${details}`);
    this.problems = problems;
  }
}
