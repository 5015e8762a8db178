/**
 * The kind of constraint a {@link ValidationProblem} broke: a missing `required` member, a value of the wrong
 * `type`, an integer outside its `range`, a string, list or map outside its `length`, a string that does not
 * match its `pattern`, or a `FilterCriteria` pattern that Lambda's `filter` syntax rejects.
 */
export type ValidationRule = "required" | "type" | "range" | "length" | "pattern" | "filter";

/** One violated constraint of an input, found before anything is sent. */
export interface ValidationProblem {
  /**
   * Where the value is, from the input root: member names joined by `.`, list indexes and map keys as in
   * `DestinationConfig.OnFailure.Destination`, `Topics[0]`, `SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS[1]`
   * (a map key that is not a plain identifier is written `["a key"]`); `""` is the input itself.
   */
  readonly path: string;
  /** The constraint that failed. */
  readonly rule: ValidationRule;
  /** What the model expects and what was found, e.g. `must be between 1 and 10000 (range [1, 10000]), got 0`. */
  readonly message: string;
  /** The offending value as it was given (`undefined` for a missing required member). */
  readonly value: unknown;
}
