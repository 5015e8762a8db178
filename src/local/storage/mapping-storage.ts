import type { MappingRecord } from "../mapping-record.js";
import type { MappingStore } from "../store.js";

/** Where a write request's changes go before its answer: memory only, or a data file. @internal */
export interface MappingStorage {
  /** Makes the records one request changed durable, then visible to readers; rejects (nothing changed) when it cannot. */
  save(records: readonly MappingRecord[]): Promise<void>;
  /** Resolves when no write (or background work) is under way. */
  idle(): Promise<void>;
}

/** Storage without a data file: a change is visible as soon as it is made. @internal */
export function memoryStorage(store: MappingStore): MappingStorage {
  return {
    save(records) {
      store.stage(records);
      store.commit(records);
      return Promise.resolve();
    },
    idle: () => Promise.resolve(),
  };
}
