import { checkExceptions, WaiterState } from "@smithy/core/client";
import {
  GetEventSourceMappingCommand,
  type GetEventSourceMappingCommandInput,
  type GetEventSourceMappingCommandOutput,
} from "../commands/get-event-source-mapping-command.js";
import { pollWithBackoff } from "./poll-with-backoff.js";
import { EVENT_SOURCE_MAPPING_WAITER_DEFAULTS } from "./waiter-defaults.js";
import type {
  EventSourceMappingObservation,
  EventSourceMappingWaiterConfiguration,
  EventSourceMappingWaiterError,
  EventSourceMappingWaiterResult,
} from "./waiter-types.js";

/** Decides from one GetEventSourceMapping output, or the error it threw, whether to stop (`SUCCESS`/`FAILURE`) or poll again. */
export type MappingAcceptor = (observation: { output: GetEventSourceMappingCommandOutput } | { error: unknown }) => WaiterState;

/**
 * Polls GetEventSourceMapping for `input.UUID` until `acceptor` says `SUCCESS` or `FAILURE`, the time is up or the
 * wait is aborted, and returns the SDK-shaped result (the `waitFor…` contract: it never throws for those outcomes).
 * Each request carries the waiter's abort signal, so aborting also cancels a request in flight. A missing or
 * empty `UUID` is rejected up front, like bad timing options, since no poll could ever succeed.
 */
export async function runEventSourceMappingWaiter(
  params: EventSourceMappingWaiterConfiguration,
  input: GetEventSourceMappingCommandInput,
  acceptor: MappingAcceptor,
): Promise<EventSourceMappingWaiterResult> {
  if (typeof input?.UUID !== "string" || input.UUID === "") {
    throw new Error(`Waiter input.UUID must be a non-empty string, got ${JSON.stringify(input?.UUID)}`);
  }
  const options = { ...EVENT_SOURCE_MAPPING_WAITER_DEFAULTS, ...params };
  return pollWithBackoff<EventSourceMappingObservation>(options, async (abortSignal) => {
    try {
      const output = await params.client.send(new GetEventSourceMappingCommand({ UUID: input.UUID }), { abortSignal });
      return { state: acceptor({ output }), reason: output };
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error));
      return { state: acceptor({ error }), reason };
    }
  });
}

/**
 * Returns a successful waiter result, or throws the SDK's waiter error (its `message` the JSON of the result)
 * with `state` and the last observation as `reason` added.
 */
export function checkEventSourceMappingWaiterResult<R>(result: EventSourceMappingWaiterResult): EventSourceMappingWaiterResult<R> {
  try {
    return checkExceptions(result) as EventSourceMappingWaiterResult<R>;
  } catch (error) {
    const decorated = error as EventSourceMappingWaiterError;
    decorated.state = result.state;
    decorated.reason = result.final;
    throw decorated;
  }
}

