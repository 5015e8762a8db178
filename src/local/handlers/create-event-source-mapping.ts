import { randomUUID } from "node:crypto";
import type { EventSourceMappingConfiguration, FilterCriteria } from "../../models/shapes.js";
import { applyMembers } from "../apply-members.js";
import { checkModelConstraints } from "../check-model-constraints.js";
import { defaultsFor, stateTransitionReason } from "../defaults.js";
import { invalidParameter } from "../errors.js";
import { classifySource } from "../event-source.js";
import { checkCreateRequirements, checkFilterCriteria, checkMembersForSource, checkMergedConfig } from "../source-rules.js";
import { beginTransition } from "../state-machine.js";
import { assertNoConflict } from "./find-conflict.js";
import { resolveExistingFunction } from "./resolve-function.js";
import type { OperationHandler } from "./service-context.js";

/** CreateEventSourceMapping: validates like the service, fills its defaults and starts in `Creating`. @internal */
export const createEventSourceMapping: OperationHandler = (context, input) => {
  checkModelConstraints("CreateEventSourceMappingRequest", input);
  const arn = input.EventSourceArn as string | undefined;
  if (arn !== undefined && input.SelfManagedEventSource !== undefined) throw invalidParameter("EventSourceArn and SelfManagedEventSource cannot both be specified.");
  if (arn === undefined && input.SelfManagedEventSource === undefined) throw invalidParameter("Either EventSourceArn or SelfManagedEventSource must be specified.");
  const source = classifySource(arn, input.SelfManagedEventSource !== undefined);
  if (!source) throw invalidParameter("Unrecognized event source, must be kinesis, dynamodb stream, sqs, kafka (MSK or self-managed), mq or documentdb.");
  checkCreateRequirements(source, input);
  checkMembersForSource(source, input);
  checkFilterCriteria(input.FilterCriteria as FilterCriteria | undefined, context.options.maxFilters);
  const fn = resolveExistingFunction(context, input.FunctionName as string);

  const uuid = randomUUID();
  const { region, accountId } = context.options;
  const config: EventSourceMappingConfiguration = {
    UUID: uuid,
    ...defaultsFor(source, uuid),
    FunctionArn: fn.arn,
    StateTransitionReason: stateTransitionReason(source),
    EventSourceMappingArn: `arn:aws:lambda:${region}:${accountId}:event-source-mapping:${uuid}`,
  };
  applyMembers(source, config, input);
  checkMergedConfig(source, config);
  assertNoConflict(context, config);

  const enabled = input.Enabled !== false;
  const record = context.store.insert({ source, enabled, config, tags: input.Tags as Record<string, string> | undefined });
  beginTransition(record, "Creating", enabled ? "Enabled" : "Disabled", context.now, context.options.transitionDelayMs);
  return { status: 202, output: record.config };
};
