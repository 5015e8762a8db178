import type { MappingRecord } from "./mapping-record.js";
import { settle } from "./state-machine.js";

/** What a handler reads and changes mappings through. @internal */
export interface MappingView {
  /** The mapping with this UUID (due transitions settled), or `undefined`. Writers get a copy they may change. */
  get(uuid: string, now: number): MappingRecord | undefined;
  /** Every mapping in creation order, due transitions settled. Read only. */
  list(now: number): MappingRecord[];
  /** Adds a new mapping with the next sequence number; it is saved with the request's other changes. */
  insert(record: Omit<MappingRecord, "seq">): MappingRecord;
  /** Marks a record got from {@link get} as changed, to be saved. */
  put(record: MappingRecord): void;
}

/**
 * All mappings, in creation order, held in memory, in two layers. `committed` holds what is durable: readers see only
 * it. `pending` holds changes accepted by a handler whose journal record is not yet fsynced: writers see them too, so
 * two concurrent writes never both pass a check (a conflict, an in-use mapping) that only one of them may pass. A
 * change moves to `committed` once durable, or is dropped if the write fails.
 *
 * Reads settle due transitions in place: a settled state is a function of the stored end time and the clock, so it
 * needs no write — a restart settles the same way. Every mutation runs synchronously inside one request handler.
 * @internal
 */
export class MappingStore {
  private readonly committed = new Map<string, MappingRecord>();
  private readonly pending = new Map<string, MappingRecord>();
  private seq = 0;

  /** The view for read-only operations: durable state only. */
  readonly reader: MappingView = {
    get: (uuid, now) => {
      const record = this.committed.get(uuid);
      return record && this.settleCommitted(record, now) ? record : undefined;
    },
    list: (now) => this.listCommitted(now),
    insert: () => {
      throw new Error("a read-only operation cannot insert");
    },
    put: () => {
      throw new Error("a read-only operation cannot change a mapping");
    },
  };

  /** A view for one write request; {@link Draft.changes} lists what it changed. */
  draft(): Draft {
    return new Draft(this);
  }

  /** The next sequence number (never reused, even when the change that took it fails). @internal */
  takeSeq(): number {
    return ++this.seq;
  }

  /** A record as a writer sees it: its pending version if any, else the durable one. @internal */
  latest(uuid: string): MappingRecord | undefined {
    return this.pending.get(uuid) ?? this.committed.get(uuid);
  }

  /** Every record as writers see it, in creation order, due transitions settled. @internal */
  listLatest(now: number): MappingRecord[] {
    const out: MappingRecord[] = [];
    for (const record of this.committed.values()) {
      const latest = this.pending.get(record.config.UUID!) ?? record;
      if (settle(latest, now) !== "deleted") out.push(latest);
    }
    for (const record of this.pending.values()) if (!this.committed.has(record.config.UUID!) && settle(record, now) !== "deleted") out.push(record);
    return out.sort((a, b) => a.seq - b.seq);
  }

  /** Holds changes whose journal write is under way: writers see them, readers do not. */
  stage(records: readonly MappingRecord[]): void {
    for (const record of records) this.pending.set(record.config.UUID!, record);
  }

  /** Makes staged changes visible to readers, once durable (in the order they were written). */
  commit(records: readonly MappingRecord[]): void {
    for (const record of records) {
      const uuid = record.config.UUID!;
      this.committed.set(uuid, record);
      // A later change to the same mapping may be staged on top of this one: it stays pending.
      if (this.pending.get(uuid) === record) this.pending.delete(uuid);
    }
  }

  /** Drops every staged change (a journal write failed, and every change queued behind it is refused). */
  discardPending(): void {
    this.pending.clear();
  }

  /** Replaces the state with records read from disk. */
  restore(records: readonly MappingRecord[], seq: number): void {
    this.committed.clear();
    this.pending.clear();
    for (const record of [...records].sort((a, b) => a.seq - b.seq)) this.committed.set(record.config.UUID!, record);
    this.seq = records.reduce((max, r) => Math.max(max, r.seq), seq);
  }

  /** The durable state for a snapshot: records (settled, Deleted ones dropped) and the sequence counter. */
  capture(now: number): { records: MappingRecord[]; seq: number } {
    return { records: this.listCommitted(now), seq: this.seq };
  }

  private listCommitted(now: number): MappingRecord[] {
    const out: MappingRecord[] = [];
    for (const record of this.committed.values()) if (this.settleCommitted(record, now)) out.push(record);
    return out;
  }

  private settleCommitted(record: MappingRecord, now: number): boolean {
    if (settle(record, now) !== "deleted") return true;
    // Gone for readers; a writer may still hold a staged version (it was checked on top of the deletion and sees it gone too).
    this.committed.delete(record.config.UUID!);
    return false;
  }
}

/**
 * One write request's view of the store: it sees durable and pending changes, gets copies of records (so nothing a
 * handler changes is visible before it is durable) and records what it inserted or changed.
 * @internal
 */
export class Draft implements MappingView {
  private readonly changed = new Map<string, MappingRecord>();

  constructor(private readonly store: MappingStore) {}

  get(uuid: string, now: number): MappingRecord | undefined {
    const own = this.changed.get(uuid);
    if (own) return own;
    const latest = this.store.latest(uuid);
    if (!latest) return undefined;
    const copy = structuredClone(latest);
    return settle(copy, now) === "deleted" ? undefined : copy;
  }

  list(now: number): MappingRecord[] {
    return this.store.listLatest(now);
  }

  insert(record: Omit<MappingRecord, "seq">): MappingRecord {
    const stored = { ...record, seq: this.store.takeSeq() };
    this.changed.set(stored.config.UUID!, stored);
    return stored;
  }

  put(record: MappingRecord): void {
    this.changed.set(record.config.UUID!, record);
  }

  /** The records this request inserted or changed, in creation order. */
  changes(): MappingRecord[] {
    return [...this.changed.values()].sort((a, b) => a.seq - b.seq);
  }
}
