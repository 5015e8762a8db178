import { WaiterState } from "@smithy/core/client";
import type { GetEventSourceMappingCommandInput, GetEventSourceMappingCommandOutput } from "../commands/get-event-source-mapping-command.js";
import { isTerminalMappingError, TRANSITIONAL_MAPPING_STATES } from "./mapping-states.js";
import { checkEventSourceMappingWaiterResult, runEventSourceMappingWaiter, type MappingAcceptor } from "./run-event-source-mapping-waiter.js";
import type { EventSourceMappingWaiterConfiguration, EventSourceMappingWaiterResult } from "./waiter-types.js";

/** Any reported state outside the transitional ones succeeds; a missing mapping or an invalid UUID fail fast. */
const acceptStable: MappingAcceptor = (observation) => {
  if ("error" in observation) return isTerminalMappingError(observation.error) ? WaiterState.FAILURE : WaiterState.RETRY;
  const state = observation.output.State;
  return state && !TRANSITIONAL_MAPPING_STATES.has(state) ? WaiterState.SUCCESS : WaiterState.RETRY;
};

/**
 * Waits until the mapping is in no transitional state (not Creating, Enabling, Disabling, Updating or Deleting), e.g. before the next UpdateEventSourceMapping.
 * @deprecated Use {@link waitUntilEventSourceMappingStable} instead; this variant returns the result instead of throwing (as the SDK's `waitFor…` waiters do).
 */
export const waitForEventSourceMappingStable = (
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
): Promise<EventSourceMappingWaiterResult> => runEventSourceMappingWaiter(params, input, acceptStable);

/**
 * Waits until the mapping is in no transitional state (not Creating, Enabling, Disabling, Updating or Deleting), e.g. before the next UpdateEventSourceMapping.
 * Resolves `{ state: "SUCCESS", reason }` with the last GetEventSourceMapping output; throws an {@link EventSourceMappingWaiterError}
 * (`name` `"TimeoutError"`, `"AbortError"` or `"Error"` for a failure) otherwise.
 * @param params - `client`, `maxWaitTime` (seconds), optional `minDelay`/`maxDelay` (seconds, default 1/30) and `abortSignal`.
 * @param input - `{ UUID }` of the mapping.
 * @example
 * ```ts
 * await client.send(new UpdateEventSourceMappingCommand({ UUID, BatchSize: 50 }));
 * const { reason } = await waitUntilEventSourceMappingStable({ client, maxWaitTime: 300 }, { UUID });
 * ```
 */
export const waitUntilEventSourceMappingStable = async (
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
): Promise<EventSourceMappingWaiterResult<GetEventSourceMappingCommandOutput>> =>
  checkEventSourceMappingWaiterResult<GetEventSourceMappingCommandOutput>(await runEventSourceMappingWaiter(params, input, acceptStable));
