import type { FinalState, MappingRecord } from "./mapping-record.js";

/** The states a mapping passes through while a change is being applied. @internal */
export type TransitionalState = "Creating" | "Enabling" | "Updating" | "Disabling" | "Deleting";

/**
 * Puts a mapping into a transitional state that ends in `to` after `delayMs`, as the service does
 * for every accepted change (Create → Creating, Update → Updating/Enabling/Disabling, Delete → Deleting).
 * @internal
 */
export function beginTransition(record: MappingRecord, state: TransitionalState, to: FinalState, now: number, delayMs: number): void {
  record.config.State = state;
  record.config.LastModified = new Date(now);
  record.pending = { to, at: now + delayMs };
}

/** Puts a mapping straight into a steady state, with no transition in between. @internal */
export function enterState(record: MappingRecord, state: Exclude<FinalState, "Deleted">, now: number): void {
  record.config.State = state;
  record.config.LastModified = new Date(now);
  delete record.pending;
}

/**
 * Finishes a due transition: the mapping takes its final state, stamped with the time the
 * transition ended. Returns `"deleted"` when the mapping is gone, `"settled"` when it changed and
 * `"unchanged"` otherwise. Deterministic in `now`, so a late timer never shows a stale state.
 * @internal
 */
export function settle(record: MappingRecord, now: number): "deleted" | "settled" | "unchanged" {
  const pending = record.pending;
  if (!pending || pending.at > now) return "unchanged";
  if (pending.to === "Deleted") return "deleted";
  record.config.State = pending.to;
  record.config.LastModified = new Date(pending.at);
  delete record.pending;
  return "settled";
}

/** Whether a mapping is in the middle of a transition (the service then answers `ResourceInUseException`). @internal */
export const isTransitional = (record: MappingRecord): boolean => record.pending !== undefined;
