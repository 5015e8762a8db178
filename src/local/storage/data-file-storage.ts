import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import type { MappingRecord } from "../mapping-record.js";
import type { MappingStore } from "../store.js";
import { dataFilePaths, type DataFilePaths } from "./data-file-paths.js";
import { frameLine } from "./framed-line.js";
import { Journal } from "./journal.js";
import type { MappingStorage } from "./mapping-storage.js";
import { readDataFile, type JournalEntry, type JournalHeader } from "./read-data-file.js";
import { encodeRecord } from "./record-codec.js";
import { StorageError } from "./storage-error.js";
import { syncDirectory } from "./sync-directory.js";
import { writeSnapshot } from "./write-snapshot.js";

/** The journal is compacted once it is larger than the snapshot and than this, so a small state is not rewritten every few changes. */
const MIN_COMPACTION_BYTES = 1 << 20;

/**
 * The durable storage behind `dataFile`: a snapshot plus an append-only journal of changes.
 *
 * - A change is one journal line (the mapping as it is after the change), fdatasynced before the answer; it becomes
 *   visible to readers only then. A failed write refuses the change (and those queued behind it) and changes nothing.
 * - Once the journal outgrows the snapshot, a compaction runs in the background: the journal is set aside, the state
 *   at that moment is written as a new snapshot (temp file, fsync, rename), then the journals it holds are removed.
 *   Writes carry on meanwhile, into a fresh journal.
 * - On start, the snapshot and journals are read (a torn last record ignored), the state is written as a fresh
 *   snapshot — which also converts a data file of earlier versions and proves the disk writable — and a new journal
 *   is begun.
 * @internal
 */
export class DataFileStorage implements MappingStorage {
  private compaction: Promise<void> | undefined;
  /** Snapshot writes, one at a time (a compaction's and a rebuild's), with the generation of the newest written. */
  private snapshots: Promise<unknown> = Promise.resolve();
  private snapshotGeneration: number;
  private readonly journal: Journal;

  private constructor(
    private readonly paths: DataFilePaths,
    private readonly store: MappingStore,
    generation: number,
    journalBytes: number,
    private snapshotBytes: number,
  ) {
    this.snapshotGeneration = generation;
    this.journal = new Journal(paths, generation, journalBytes, {
      durable: () => this.compactIfDue(),
      failed: () => store.discardPending(),
      // Called between writes: the durable state is exactly what was acknowledged.
      lost: (next) => this.writeSnapshotOf(next, store.capture(Date.now())),
    });
  }

  /**
   * Recovers `dataFile` into `store` and prepares it for writes. Rejects, naming the file and the cause, when it
   * cannot be read (corrupt, not a data file) or written (disk full, not writable).
   */
  static async open(dataFile: string, store: MappingStore): Promise<DataFileStorage> {
    const paths = dataFilePaths(dataFile);
    try {
      mkdirSync(paths.dir, { recursive: true });
      for (const name of readdirSync(paths.dir)) if (paths.isTemp(name)) rmSync(join(paths.dir, name), { force: true });
    } catch (error) {
      throw startError(new StorageError("prepare the directory of", paths.snapshot, error));
    }
    const state = readDataFile(dataFile);
    store.restore(state.records, state.seq);
    const generation = state.nextGeneration;
    const { records, seq } = store.capture(Date.now());
    try {
      const snapshotBytes = await writeSnapshot(paths, { seq, generation }, records);
      await removeRetired(paths, Infinity);
      const journalBytes = await startJournal(paths, generation);
      return new DataFileStorage(paths, store, generation, journalBytes, snapshotBytes);
    } catch (error) {
      throw startError(error instanceof StorageError ? error : new StorageError("write", paths.snapshot, error));
    }
  }

  /**
   * Saves the records one request changed: one journal line each, fdatasynced, then visible to readers. Rejects with
   * a {@link StorageError} (nothing changed) when they could not be written. Records are encoded before anything is
   * queued, so a record that cannot be serialized is refused on its own.
   */
  async save(records: readonly MappingRecord[]): Promise<void> {
    const text = records.map((record) => frameLine({ put: encodeRecord(record) } satisfies JournalEntry)).join("");
    this.store.stage(records);
    // Committed as soon as the write is durable, before any later write or compaction: so in write order.
    await this.journal.append(text, () => this.store.commit(records));
  }

  /** Resolves when no write and no compaction is under way. */
  async idle(): Promise<void> {
    await this.journal.idle();
    while (this.compaction) {
      await this.compaction;
      await this.journal.idle();
    }
  }

  private compactIfDue(): void {
    if (this.compaction || this.journal.length <= Math.max(this.snapshotBytes, MIN_COMPACTION_BYTES)) return;
    // A failed compaction changes nothing durable (the set-aside journal stays until a snapshot holds it); the next
    // durable write tries again.
    this.compaction = this.compact()
      .catch(() => undefined)
      .finally(() => (this.compaction = undefined));
  }

  private async compact(): Promise<void> {
    // Set aside and capture with no write in flight: the captured state is exactly what the set-aside journals hold.
    const { generation, state } = await this.journal.exclusive(async () => {
      await this.journal.rotate();
      return { generation: this.journal.generation, state: this.store.capture(Date.now()) };
    });
    await this.writeSnapshotOf(generation, state);
  }

  /**
   * Writes the durable state as the snapshot of `generation` (journals of it and later hold what follows), unless a
   * newer one was written meanwhile, then removes the journals it holds. Snapshot writes run one at a time.
   */
  private writeSnapshotOf(generation: number, { records, seq }: { records: MappingRecord[]; seq: number }): Promise<void> {
    const run = this.snapshots.then(async () => {
      if (generation <= this.snapshotGeneration) return;
      this.snapshotBytes = await writeSnapshot(this.paths, { seq, generation }, records);
      this.snapshotGeneration = generation;
      await removeRetired(this.paths, generation);
    });
    this.snapshots = run.catch(() => undefined);
    return run;
  }
}

/** Removes set-aside journals of generations below `below` (a snapshot holds their changes). */
async function removeRetired(paths: DataFilePaths, below: number): Promise<void> {
  for (const name of readdirSync(paths.dir)) {
    const generation = paths.retiredGeneration(name);
    if (generation !== undefined && generation < below) await rm(join(paths.dir, name), { force: true });
  }
}

/** Begins the journal of `generation` (replacing one the new snapshot holds) and returns its length. */
async function startJournal(paths: DataFilePaths, generation: number): Promise<number> {
  const header = frameLine({ journal: "local-lambda", generation } satisfies JournalHeader);
  let handle;
  try {
    handle = await open(paths.journal, "w");
    await handle.writeFile(header, "utf8");
    await handle.datasync();
  } catch (error) {
    throw new StorageError("write the journal", paths.journal, error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
  await syncDirectory(paths.dir);
  return Buffer.byteLength(header);
}

/** A start-up failure as `startLocalLambda` rejects with it. */
function startError(error: StorageError): Error {
  return new Error(error.message.replace(/^local Lambda service:/, "startLocalLambda:"), { cause: error });
}
