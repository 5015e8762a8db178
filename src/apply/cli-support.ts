// What the `plan` and `apply` commands load on demand, in one chunk.
export { planEventSourceMappings } from "./plan-event-source-mappings.js";
export { applyEventSourceMappings } from "./apply-event-source-mappings.js";
export { EventSourceMappingApplyError } from "./apply-error.js";
export { EventSourceMappingPlanError } from "./plan-error.js";
export { readMappingsFile } from "./read-mappings-file.js";
export { formatPlan, formatApplyResult, isDestructive, planToJson, applyResultToJson } from "./format-plan.js";
