// Declarative mappings: the public surface of src/apply; src/index.ts re-exports these names.
export { planEventSourceMappings } from "./plan-event-source-mappings.js";
export { applyEventSourceMappings } from "./apply-event-source-mappings.js";
export { createEventSourceMappingIdempotent } from "./create-event-source-mapping-idempotent.js";
export { EventSourceMappingPlanError } from "./plan-error.js";
export { EventSourceMappingApplyError } from "./apply-error.js";
export type {
  DesiredEventSourceMapping,
  MemberChange,
  ReplaceReason,
  PruneScope,
  PlanEventSourceMappingsOptions,
  PlannedAction,
  PlannedChange,
  EventSourceMappingPlan,
  ApplyWaitOptions,
  ApplyEventSourceMappingsOptions,
  AppliedChange,
  ApplyEventSourceMappingsResult,
} from "./types.js";
