import type { IgnoreCaseMatcher } from "./java-strings.js";

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

/** A single leaf test compiled from one item of a pattern's value array (event-ruler's `Patterns`). */
export type LeafMatcher =
  | { readonly kind: "string"; readonly value: string }
  /** A string that is an IP address literal: matches strings holding the same address (hex of its bytes). */
  | { readonly kind: "ip"; readonly address: string }
  | { readonly kind: "literal"; readonly value: boolean | null }
  /** A number literal: equal doubles match, and so does the same text when no double holds it exactly. */
  | { readonly kind: "number"; readonly text: string; readonly value: number | undefined }
  | { readonly kind: "equals-ignore-case"; readonly matcher: IgnoreCaseMatcher }
  /** `quoted`: the operand holds `"`, which event-ruler may match against the quote that ends the value. */
  | { readonly kind: "prefix" | "suffix"; readonly value: string; readonly quoted: boolean }
  | { readonly kind: "prefix-ignore-case" | "suffix-ignore-case"; readonly matcher: IgnoreCaseMatcher; readonly quoted: boolean }
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

/** One field of a branch: a flattened, dot-joined path and the tests on the leaf values found there. */
export interface CompiledField {
  /** The path with keys joined by `.`, as event-ruler flattens both rules and events. */
  readonly name: string;
  /** Tests a leaf value may pass (OR); `exists: true` is among them. */
  readonly valueMatchers: readonly LeafMatcher[];
  /** The list holds `exists: false`: the field is also satisfied when no (array-consistent) leaf is there. */
  readonly absence: boolean;
}

/** One alternative of a pattern after `$or` expansion: every field must be satisfied, in one array element. */
export interface CompiledBranch {
  /** Sorted by name (UTF-16 order), the order in which event-ruler's machine steps through them. */
  readonly fields: readonly CompiledField[];
}

/** A node of the tree of path prefixes the pattern names, used to visit only the relevant part of an event. */
export interface PathNode {
  /** The dot-joined path of this node. */
  readonly path: string;
  /** Some field has exactly this path, so leaf values here are collected. */
  readonly terminal: boolean;
  /** One-segment event keys to follow from an object here, and the node each leads to. */
  readonly children: readonly (readonly [string, PathNode])[];
  /** Some field continues two or more segments below: an event key holding dots may lead on. */
  readonly dotted: boolean;
}

/** A validated pattern, ready to be matched. */
export interface CompiledPattern {
  /** The pattern matches when any branch does. */
  readonly branches: readonly CompiledBranch[];
}

/** A problem found while compiling one pattern, relative to that pattern. */
export interface PatternProblem {
  /** Location inside the pattern (`body.price[0].numeric`), or `""` for the pattern as a whole. */
  path: string;
  /** A human-readable explanation. */
  message: string;
}
