import { deserializeJson } from "../protocol/deserialize-json.js";
import { serializeJson } from "../protocol/serialize-json.js";
import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import type { MappingRecord } from "./mapping-record.js";
import { settle } from "./state-machine.js";

/** The JSON document a data file holds. @internal */
export interface StoreSnapshot {
  version: 1;
  seq: number;
  mappings: (Omit<MappingRecord, "config"> & { config: unknown })[];
}

const CONFIG_SHAPE = "EventSourceMappingConfiguration";

/**
 * All mappings, in creation order, held in memory. Reads settle due transitions first, so what a
 * client sees depends only on the clock, never on timer timing. Not thread-safe by design: every
 * mutation runs synchronously inside one request handler.
 * @internal
 */
export class MappingStore {
  private readonly records = new Map<string, MappingRecord>();
  private seq = 0;
  /** Bumped on every change, so the scheduler can tell whether a flush is needed. */
  version = 0;

  /** The mapping with this UUID after settling it, or `undefined`. */
  get(uuid: string, now: number): MappingRecord | undefined {
    const record = this.records.get(uuid);
    return record && this.settleOne(record, now) ? record : undefined;
  }

  /** Every mapping, in creation order, after settling due transitions. */
  list(now: number): MappingRecord[] {
    const out: MappingRecord[] = [];
    for (const record of this.records.values()) if (this.settleOne(record, now)) out.push(record);
    return out;
  }

  /** Adds a new mapping, giving it the next sequence number. */
  insert(record: Omit<MappingRecord, "seq">): MappingRecord {
    const stored = { ...record, seq: ++this.seq };
    this.records.set(stored.config.UUID!, stored);
    this.version++;
    return stored;
  }

  /** Records that a mapping was changed in place. */
  touch(): void {
    this.version++;
  }

  /** The earliest time a transition is due, or `undefined`. */
  nextDue(): number | undefined {
    let next: number | undefined;
    for (const record of this.records.values()) if (record.pending && (next === undefined || record.pending.at < next)) next = record.pending.at;
    return next;
  }

  /** A JSON-able copy of the whole state. */
  snapshot(): StoreSnapshot {
    const mappings = [...this.records.values()].map((r) => ({ ...r, config: serializeJson(CONFIG_SHAPE, r.config) }));
    return { version: 1, seq: this.seq, mappings };
  }

  /** Replaces the state with a snapshot read from disk. */
  restore(snapshot: StoreSnapshot): void {
    this.records.clear();
    for (const m of [...snapshot.mappings].sort((a, b) => a.seq - b.seq)) {
      const config = deserializeJson(CONFIG_SHAPE, m.config) as EventSourceMappingConfiguration;
      this.records.set(config.UUID!, { ...m, config });
    }
    this.seq = snapshot.seq;
    this.version++;
  }

  private settleOne(record: MappingRecord, now: number): boolean {
    const result = settle(record, now);
    if (result === "unchanged") return true;
    this.version++;
    if (result === "deleted") this.records.delete(record.config.UUID!);
    return result !== "deleted";
  }
}
