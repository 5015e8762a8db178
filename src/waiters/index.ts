// The waiters' public surface; src/index.ts re-exports these names.
export { waitUntilEventSourceMappingEnabled, waitForEventSourceMappingEnabled } from "./wait-until-event-source-mapping-enabled.js";
export { waitUntilEventSourceMappingDisabled, waitForEventSourceMappingDisabled } from "./wait-until-event-source-mapping-disabled.js";
export { waitUntilEventSourceMappingDeleted, waitForEventSourceMappingDeleted } from "./wait-until-event-source-mapping-deleted.js";
export { waitUntilEventSourceMappingStable, waitForEventSourceMappingStable } from "./wait-until-event-source-mapping-stable.js";
export { EVENT_SOURCE_MAPPING_WAITER_DEFAULTS } from "./waiter-defaults.js";
export type {
  EventSourceMappingWaiterConfiguration,
  EventSourceMappingWaiterError,
  EventSourceMappingWaiterResult,
  EventSourceMappingObservation,
} from "./waiter-types.js";
