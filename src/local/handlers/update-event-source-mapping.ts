import type { EventSourceMappingConfiguration, FilterCriteria } from "../../models/shapes.js";
import { applyMembers } from "../apply-members.js";
import { checkModelConstraints } from "../check-model-constraints.js";
import { mappingNotFound, modeledError } from "../errors.js";
import { checkFilterCriteria, checkMergedConfig, checkUpdatable } from "../source-rules.js";
import { beginTransition, isTransitional } from "../state-machine.js";
import { transitionFor } from "../state-table.js";
import { assertNoConflict } from "./find-conflict.js";
import { resolveExistingFunction } from "./resolve-function.js";
import type { OperationHandler } from "./service-context.js";

/**
 * UpdateEventSourceMapping: checks the change against the stored mapping, applies it and enters
 * `Enabling`/`Disabling` when `Enabled` flips, `Updating` otherwise. Nothing is changed unless every
 * check passes. Refused with `ResourceInUseException` while another change is in progress.
 * @internal
 */
export const updateEventSourceMapping: OperationHandler = (context, input) => {
  checkModelConstraints("UpdateEventSourceMappingRequest", input);
  const record = context.store.get(input.UUID as string, context.now);
  if (!record) throw mappingNotFound();
  // Confirmed: AWS's 400 body {"Type":"User","Message":"Cannot update the event source mapping because it is in use."}
  // is kept in thiagoesteves/aws_sse_sqs include/message.hrl (2020).
  if (isTransitional(record)) throw modeledError("ResourceInUseException", "Cannot update the event source mapping because it is in use.");
  checkUpdatable(record.source, input, record.config);
  if (input.FilterCriteria !== undefined) checkFilterCriteria(input.FilterCriteria as FilterCriteria, context.options.maxFilters);

  const next = structuredClone(record.config) as EventSourceMappingConfiguration;
  if (input.FunctionName !== undefined) next.FunctionArn = resolveExistingFunction(context, input.FunctionName as string).arn;
  applyMembers(record.source, next, input, "update");
  checkMergedConfig(record.source, next);
  if (next.FunctionArn !== record.config.FunctionArn) assertNoConflict(context, record.source, next);

  const enabled = (input.Enabled as boolean | undefined) ?? record.enabled;
  const transition = transitionFor("UpdateEventSourceMapping", record.enabled ? "Enabled" : "Disabled", enabled ? "Enabled" : "Disabled");
  record.config = next;
  record.enabled = enabled;
  beginTransition(record, transition.via!, transition.to, context.now, context.options.transitionDelayMs);
  context.store.put(record);
  return { status: 202, output: record.config };
};
