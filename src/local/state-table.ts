import type { FinalState } from "./mapping-record.js";
import type { TransitionalState } from "./state-machine.js";

/** The state a mapping rests in between changes. @internal */
export type SteadyState = Exclude<FinalState, "Deleted">;

/** An operation that changes a mapping's state. @internal */
export type StateChangingOperation = "CreateEventSourceMapping" | "UpdateEventSourceMapping" | "DeleteEventSourceMapping";

/** One row of the state table: an accepted change, the state it is answered with, and where it ends. @internal */
export interface StateTransition {
  /** The operation that starts the change. */
  readonly operation: StateChangingOperation;
  /** The steady state the mapping is in before the change; absent for Create (no mapping yet). */
  readonly from?: SteadyState;
  /** The transitional state the answer shows for `transitionDelayMs`; absent when the mapping enters `to` at once. */
  readonly via?: TransitionalState;
  /** Where the change ends; `Deleted` means the mapping is gone. */
  readonly to: FinalState;
  /** What in the request selects this row, in the service's terms (shown in the docs diagram). */
  readonly when: string;
}

/**
 * Every state change the local service makes, as the Lambda service does it. The handlers look their transition up
 * here and `npm run docs:diagrams` draws docs/diagrams/mapping-states.svg from it, so the two cannot disagree.
 * A mapping in a transitional state refuses Update and Delete with `ResourceInUseException`.
 * @internal
 */
export const STATE_TABLE: readonly StateTransition[] = [
  { operation: "CreateEventSourceMapping", to: "Enabled", via: "Creating", when: "Enabled: true (the default)" },
  { operation: "CreateEventSourceMapping", to: "Disabled", when: "Enabled: false" },
  { operation: "UpdateEventSourceMapping", from: "Enabled", to: "Enabled", via: "Updating", when: "Enabled unchanged" },
  { operation: "UpdateEventSourceMapping", from: "Enabled", to: "Disabled", via: "Disabling", when: "Enabled: false" },
  { operation: "UpdateEventSourceMapping", from: "Disabled", to: "Disabled", via: "Updating", when: "Enabled unchanged" },
  { operation: "UpdateEventSourceMapping", from: "Disabled", to: "Enabled", via: "Enabling", when: "Enabled: true" },
  { operation: "DeleteEventSourceMapping", from: "Enabled", to: "Deleted", via: "Deleting", when: "any" },
  { operation: "DeleteEventSourceMapping", from: "Disabled", to: "Deleted", via: "Deleting", when: "any" },
];

/** The row of {@link STATE_TABLE} for a change; throws if the table has none (a bug, not bad input). @internal */
export function transitionFor(operation: StateChangingOperation, from: SteadyState | undefined, to: FinalState): StateTransition {
  const row = STATE_TABLE.find((t) => t.operation === operation && t.from === from && t.to === to);
  if (!row) throw new Error(`local service: no state transition for ${operation} from ${from ?? "(new)"} to ${to}`);
  return row;
}
