/**
 * A desired mapping list that cannot be planned: an input the model rejects, two entries for one mapping, or a prune
 * scope that is not one. The message names the mapping (its function and source) and the member.
 */
export class EventSourceMappingPlanError extends Error {
  /** Always `"EventSourceMappingPlanError"`. */
  override readonly name = "EventSourceMappingPlanError";
  /** The mapping's function and source, when the problem is with one mapping. */
  readonly mapping?: string;
  /** The member at fault (a path such as `DestinationConfig.OnFailure.Destination`), when there is one. */
  readonly member?: string;

  constructor(message: string, details: { mapping?: string; member?: string } = {}) {
    super(message);
    this.mapping = details.mapping;
    this.member = details.member;
  }
}
