import type { LambdaClient } from "../client/lambda-client.js";
import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import { waitUntilEventSourceMappingDeleted } from "../waiters/wait-until-event-source-mapping-deleted.js";
import { waitUntilEventSourceMappingStable } from "../waiters/wait-until-event-source-mapping-stable.js";
import type { ApplyWaitOptions } from "./types.js";

/** The waiters' settings for apply: five minutes per mapping unless told otherwise. */
function waiterParams(client: LambdaClient, wait: ApplyWaitOptions | undefined, abortSignal: AbortSignal | undefined) {
  return { client, maxWaitTime: wait?.maxWaitTime ?? 300, ...(wait?.minDelay === undefined ? {} : { minDelay: wait.minDelay }), ...(wait?.maxDelay === undefined ? {} : { maxDelay: wait.maxDelay }), ...(abortSignal ? { abortSignal } : {}) };
}

/** Waits until the mapping is in no transitional state and returns its configuration then (without `$metadata`). */
export async function waitStable(client: LambdaClient, uuid: string, wait?: ApplyWaitOptions, abortSignal?: AbortSignal): Promise<EventSourceMappingConfiguration> {
  const { reason } = await waitUntilEventSourceMappingStable(waiterParams(client, wait, abortSignal), { UUID: uuid });
  const { $metadata: _metadata, ...configuration } = reason as EventSourceMappingConfiguration & { $metadata?: unknown };
  return configuration;
}

/** Waits until the mapping is gone (GetEventSourceMapping answers ResourceNotFoundException). */
export async function waitDeleted(client: LambdaClient, uuid: string, wait?: ApplyWaitOptions, abortSignal?: AbortSignal): Promise<void> {
  await waitUntilEventSourceMappingDeleted(waiterParams(client, wait, abortSignal), { UUID: uuid });
}
