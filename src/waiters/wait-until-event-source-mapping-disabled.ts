import { WaiterState } from "@smithy/core/client";
import type { GetEventSourceMappingCommandInput, GetEventSourceMappingCommandOutput } from "../commands/get-event-source-mapping-command.js";
import { isTerminalMappingError } from "./mapping-states.js";
import { checkEventSourceMappingWaiterResult, runEventSourceMappingWaiter, type MappingAcceptor } from "./run-event-source-mapping-waiter.js";
import type { EventSourceMappingWaiterConfiguration, EventSourceMappingWaiterResult } from "./waiter-types.js";

/** Disabled succeeds; Enabled or Deleting (the opposite outcome), a missing mapping or an invalid UUID fail fast. */
const acceptDisabled: MappingAcceptor = (observation) => {
  if ("error" in observation) return isTerminalMappingError(observation.error) ? WaiterState.FAILURE : WaiterState.RETRY;
  const state = observation.output.State;
  if (state === "Disabled") return WaiterState.SUCCESS;
  return state === "Enabled" || state === "Deleting" ? WaiterState.FAILURE : WaiterState.RETRY;
};

/**
 * Waits until the mapping's `State` is `Disabled` (e.g. after `Enabled: false`), polling GetEventSourceMapping.
 * @deprecated Use {@link waitUntilEventSourceMappingDisabled} instead; this variant returns the result instead of throwing (as the SDK's `waitFor…` waiters do).
 */
export const waitForEventSourceMappingDisabled = (
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
): Promise<EventSourceMappingWaiterResult> => runEventSourceMappingWaiter(params, input, acceptDisabled);

/**
 * Waits until the mapping's `State` is `Disabled` (e.g. after `Enabled: false`), polling GetEventSourceMapping.
 * Resolves `{ state: "SUCCESS", reason }` with the last GetEventSourceMapping output; throws an {@link EventSourceMappingWaiterError}
 * (`name` `"TimeoutError"`, `"AbortError"` or `"Error"` for a failure) otherwise.
 * @param params - `client`, `maxWaitTime` (seconds), optional `minDelay`/`maxDelay` (seconds, default 1/30) and `abortSignal`.
 * @param input - `{ UUID }` of the mapping.
 * @example
 * ```ts
 * await client.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: false }));
 * await waitUntilEventSourceMappingDisabled({ client, maxWaitTime: 300 }, { UUID });
 * ```
 */
export const waitUntilEventSourceMappingDisabled = async (
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
): Promise<EventSourceMappingWaiterResult<GetEventSourceMappingCommandOutput>> =>
  checkEventSourceMappingWaiterResult<GetEventSourceMappingCommandOutput>(await runEventSourceMappingWaiter(params, input, acceptDisabled));
