/** One reason a `FilterCriteria` (or one of its patterns) would be rejected by Lambda. */
export interface FilterProblem {
  /** Index of the filter in `Filters`, or `-1` for a problem with the criteria as a whole (for example too many filters). */
  filterIndex: number;
  /** Where the problem is, e.g. `Filters[0].Pattern` or `Filters[1].Pattern: body.price[0].numeric`. */
  path: string;
  /** A human-readable explanation of what is wrong. */
  message: string;
}

/** Options for {@link validateFilterCriteria}. */
export interface ValidateFilterCriteriaOptions {
  /**
   * Largest number of filters allowed on one event source mapping (Lambda's quota; it can be raised to 10).
   * @default 5
   */
  maxFilters?: number;
}

/** Options for {@link matchesFilterCriteria}. */
export interface MatchesFilterCriteriaOptions {
  /**
   * Event source used to shape the record (`aws:sqs`, `aws:kinesis`, `aws:dynamodb`, `aws:kafka`, `SelfManagedKafka`,
   * `aws:mq`, `aws:rmq`), for records that do not carry their own `eventSource` (Kafka and MQ records usually do not).
   * @default the record's own `eventSource` field
   */
  eventSource?: string;
}

/** A single leaf test compiled from one item of a pattern's value array. */
export type LeafMatcher =
  | { readonly kind: "equals"; readonly value: string | number | boolean | null }
  | { readonly kind: "equals-ignore-case"; readonly value: string }
  | { readonly kind: "prefix" | "suffix"; readonly value: string; readonly ignoreCase: boolean }
  | { readonly kind: "anything-but-strings"; readonly values: ReadonlySet<string> }
  | { readonly kind: "anything-but-numbers"; readonly values: readonly number[] }
  | {
      readonly kind: "numeric";
      readonly lower: number;
      readonly lowerInclusive: boolean;
      readonly upper: number;
      readonly upperInclusive: boolean;
    }
  | { readonly kind: "exists"; readonly value: boolean };

/** A validated pattern object, ready to be matched. */
export interface CompiledPattern {
  /** Keys whose pattern value is an array of matchers (OR across the array). */
  readonly leaves: readonly { readonly key: string; readonly matchers: readonly LeafMatcher[] }[];
  /** Keys whose pattern value is a nested pattern object. */
  readonly objects: readonly { readonly key: string; readonly pattern: CompiledPattern }[];
  /** Each `$or` at this level: at least one alternative must match. */
  readonly ors: readonly (readonly CompiledPattern[])[];
  /** True when every condition here is `exists: false` (such a pattern must hold for every element of an array). */
  readonly absenceOnly: boolean;
}

/** A problem found while compiling one pattern, relative to that pattern. */
export interface PatternProblem {
  /** Location inside the pattern (`body.price[0].numeric`), or `""` for the pattern as a whole. */
  path: string;
  /** A human-readable explanation. */
  message: string;
}
