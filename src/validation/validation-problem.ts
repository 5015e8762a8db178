/**
 * The kind of problem a {@link ValidationProblem} is: a value of the wrong JSON `type` (the service's deserializer
 * rejects it before any constraint is checked), a missing `required` member, an integer outside its `range`, a
 * string, list or map outside its `length`, a string that does not match its `pattern`, a string outside its `enum`
 * (case-sensitive), or a `FilterCriteria` pattern that Lambda's `filter` syntax rejects.
 */
export type ValidationRule = "type" | "required" | "range" | "length" | "pattern" | "enum" | "filter";

/** One problem of an input, found before anything is sent. */
export interface ValidationProblem {
  /**
   * Where the value is, from the input root, as in the SDK input: member names joined by `.`, list indexes and map
   * keys as in `DestinationConfig.OnFailure.Destination`, `Topics[0]`, `SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS[1]`
   * (a map key that is not a plain identifier is written `["a key"]`); `""` is the input itself.
   */
  readonly path: string;
  /** The rule that failed. */
  readonly rule: ValidationRule;
  /**
   * The service's own words for it: for a model constraint the framework's sentence, with the service's member path
   * (`Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1`), for a
   * wrong type the deserializer's (`STRING_VALUE can not be converted to an Integer`), for a filter what is wrong with
   * the pattern (the service itself only says "Invalid filter pattern definition.").
   */
  readonly message: string;
  /** The offending value as it was given (`null` for a missing required member). */
  readonly value: unknown;
}
