import { memberNames } from "./create-only-members.js";
import type { AppliedChange, PlannedChange } from "./types.js";

/**
 * An apply that stopped partway (or before starting, when a replacement was needed but not allowed). It names the
 * mapping (function and source) and the member, and reports what was done and what was not, so a rerun or a person
 * can pick up from there.
 */
export class EventSourceMappingApplyError extends Error {
  /** Always `"EventSourceMappingApplyError"`. */
  override readonly name = "EventSourceMappingApplyError";
  /** The mapping that failed: its function and source. */
  readonly mapping: string;
  /** The member the failure is about, when known (the members being changed, or the one the service's message names). */
  readonly member?: string;
  /** The planned entry that failed. */
  readonly failed: PlannedChange;
  /** What was done before the failure, in order. */
  readonly done: AppliedChange[];
  /** Planned entries not done: the failed one first, then those never started. */
  readonly notDone: PlannedChange[];

  constructor(message: string, details: { failed: PlannedChange; member?: string; done: AppliedChange[]; notDone: PlannedChange[]; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.mapping = details.failed.mapping;
    this.member = details.member;
    this.failed = details.failed;
    this.done = details.done;
    this.notDone = details.notDone;
  }
}

/** The member a service error message is about, when it names one of the request's members. */
export function memberNamedIn(message: string | undefined): string | undefined {
  if (!message) return undefined;
  // Longest first, so `StartingPositionTimestamp` wins over `StartingPosition`.
  const members = memberNames("CreateEventSourceMappingRequest").sort((a, b) => b.length - a.length);
  return members.find((m) => new RegExp(`\\b${m}\\b`).test(message));
}
