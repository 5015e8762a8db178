import { WaiterState } from "@smithy/core/client";
import type { GetEventSourceMappingCommandInput } from "../commands/get-event-source-mapping-command.js";
import type { ResourceNotFoundException } from "../models/errors.js";
import { checkEventSourceMappingWaiterResult, runEventSourceMappingWaiter, type MappingAcceptor } from "./run-event-source-mapping-waiter.js";
import type { EventSourceMappingWaiterConfiguration, EventSourceMappingWaiterResult } from "./waiter-types.js";

/** A ResourceNotFoundException succeeds; an invalid UUID fails; any existing mapping (whatever its state) is polled again. */
const acceptDeleted: MappingAcceptor = (observation) => {
  if (!("error" in observation)) return WaiterState.RETRY;
  const name = (observation.error as { name?: unknown } | null)?.name;
  if (name === "ResourceNotFoundException") return WaiterState.SUCCESS;
  return name === "InvalidParameterValueException" ? WaiterState.FAILURE : WaiterState.RETRY;
};

/**
 * Waits until GetEventSourceMapping answers ResourceNotFoundException (e.g. after DeleteEventSourceMapping).
 * @deprecated Use {@link waitUntilEventSourceMappingDeleted} instead; this variant returns the result instead of throwing (as the SDK's `waitFor…` waiters do).
 */
export const waitForEventSourceMappingDeleted = (
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
): Promise<EventSourceMappingWaiterResult> => runEventSourceMappingWaiter(params, input, acceptDeleted);

/**
 * Waits until GetEventSourceMapping answers ResourceNotFoundException (e.g. after DeleteEventSourceMapping).
 * Resolves `{ state: "SUCCESS", reason }` with the ResourceNotFoundException as `reason`; throws an {@link EventSourceMappingWaiterError}
 * (`name` `"TimeoutError"`, `"AbortError"` or `"Error"` for a failure) otherwise.
 * @param params - `client`, `maxWaitTime` (seconds), optional `minDelay`/`maxDelay` (seconds, default 1/30) and `abortSignal`.
 * @param input - `{ UUID }` of the mapping.
 * @example
 * ```ts
 * await client.send(new DeleteEventSourceMappingCommand({ UUID }));
 * await waitUntilEventSourceMappingDeleted({ client, maxWaitTime: 600 }, { UUID });
 * ```
 */
export const waitUntilEventSourceMappingDeleted = async (
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
): Promise<EventSourceMappingWaiterResult<ResourceNotFoundException>> =>
  checkEventSourceMappingWaiterResult<ResourceNotFoundException>(await runEventSourceMappingWaiter(params, input, acceptDeleted));
