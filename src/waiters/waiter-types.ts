import type { WaiterConfiguration, WaiterResult, WaiterState } from "@smithy/core/client";
import type { LambdaClient } from "../client/lambda-client.js";
import type { GetEventSourceMappingCommandOutput } from "../commands/get-event-source-mapping-command.js";

/**
 * Options of every event source mapping waiter: the SDK's `WaiterConfiguration` for {@link LambdaClient}.
 * All times are in seconds and may be fractions (e.g. `minDelay: 0.05` against a local service).
 */
export interface EventSourceMappingWaiterConfiguration extends WaiterConfiguration<LambdaClient> {
  /** Longest total time to wait, in seconds; a last poll is made at the deadline before giving up. */
  maxWaitTime: number;
  /** Shortest delay between two polls, in seconds (the floor of the exponential backoff). @default 1 */
  minDelay?: number;
  /** Longest delay between two polls, in seconds (the ceiling of the exponential backoff). @default 30 */
  maxDelay?: number;
}

/** What a waiter observed last: a GetEventSourceMapping output, or the error that call threw. */
export type EventSourceMappingObservation = GetEventSourceMappingCommandOutput | Error;

/**
 * The error a `waitUntil…` waiter throws when it does not succeed: the SDK's shape (`message` is the JSON of the
 * waiter result; `name` is `"TimeoutError"`, `"AbortError"` or `"Error"`), plus the final `state` and the last
 * observation as `reason`.
 */
export interface EventSourceMappingWaiterError extends Error {
  /** `FAILURE`, `TIMEOUT` or `ABORTED`. */
  state: WaiterState;
  /** The last GetEventSourceMapping output or error, if any poll completed. */
  reason: EventSourceMappingObservation | undefined;
}

/** The result of a waiter: the SDK's `WaiterResult`, whose `reason` and `final` hold the last observation. */
export type EventSourceMappingWaiterResult<R = EventSourceMappingObservation> = WaiterResult<R>;
