import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import type { SourceKind } from "./event-source.js";

/** Where a transitional state ends: a steady state, or the mapping's removal. @internal */
export type FinalState = "Enabled" | "Disabled" | "Deleted";

/** A transition in progress: the state it ends in and when (epoch ms). @internal */
export interface PendingTransition {
  to: FinalState;
  at: number;
}

/** One stored mapping: what Get returns plus what the service tracks beside it. @internal */
export interface MappingRecord {
  /** Creation order; the list order and the pagination key. */
  seq: number;
  source: SourceKind;
  /** Whether the mapping should be polling once its transition ends. */
  enabled: boolean;
  config: EventSourceMappingConfiguration;
  pending?: PendingTransition;
  tags?: Record<string, string>;
}
