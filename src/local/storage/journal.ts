import { open, rename, stat } from "node:fs/promises";
import type { DataFilePaths } from "./data-file-paths.js";
import { frameLine } from "./framed-line.js";
import type { JournalHeader } from "./read-data-file.js";
import { StorageError } from "./storage-error.js";
import { syncDirectory } from "./sync-directory.js";

/** A change waiting for its journal write. */
interface PendingAppend {
  kind: "append";
  text: string;
  /** Run once the text is durable, before anything else happens (before the next write, task or answer). */
  onDurable(): void;
  resolve(): void;
  reject(error: unknown): void;
}

/** Work that must run between two journal writes (rotation for a compaction). */
interface ExclusiveTask {
  kind: "task";
  run(): Promise<void>;
}

/** What the journal tells its owner. */
export interface JournalEvents {
  /** A batch is durable: called before any of its callers is answered, in write order. */
  durable(): void;
  /** A write failed: every change not yet durable is refused (later ones were made on top of it). */
  failed(error: StorageError): void;
  /**
   * The journal file is shorter than what was written to it, or gone (another process removed or cut it): write the
   * durable state as the snapshot of generation `next`, so the journal can start again there.
   */
  lost(next: number): Promise<void>;
}

/**
 * The append-only journal: each change is one framed line, appended and fdatasynced before its caller is answered.
 * Changes that arrive while a write runs share the next write (group commit), so a burst costs one fsync, not one
 * each, and every write costs the size of its changes, never the size of the state. One write runs at a time.
 *
 * The file is opened for each write: a write that failed half-way (disk full) left part of a line, so the next one
 * first cuts the file back to its last durable length — nothing is ever appended after a torn record. A journal that
 * is shorter than that (removed or cut by someone else) no longer holds acknowledged changes: the state is written as
 * a snapshot first and a new journal begun, rather than appending to a file a restart would misread.
 * @internal
 */
export class Journal {
  private queue: (PendingAppend | ExclusiveTask)[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    private readonly paths: DataFilePaths,
    /** The generation of the journal being appended to. */
    public generation: number,
    /** Its durable length in bytes (0: not created yet; the first write adds the header). */
    public length: number,
    private readonly events: JournalEvents,
  ) {}

  /**
   * Appends framed lines; resolves once they are on disk (after `onDurable` ran), rejects with a {@link StorageError}
   * if they could not be.
   */
  append(text: string, onDurable: () => void): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.queue.push({ kind: "append", text, onDurable, resolve, reject }));
    this.kick();
    return done;
  }

  /** Runs `fn` between two writes, with no write in flight and none starting until it is done. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ kind: "task", run: () => fn().then(resolve, reject) });
      this.kick();
    });
  }

  /**
   * Sets the current journal aside as `<dataFile>.journal-<generation>` and starts the next generation; only from
   * {@link exclusive}. Changes appended from now on go to a fresh journal the snapshot being written will not hold.
   */
  async rotate(): Promise<void> {
    if (this.length > 0) {
      try {
        await rename(this.paths.journal, this.paths.retired(this.generation));
      } catch (error) {
        throw new StorageError("set aside the journal", this.paths.journal, error);
      }
      await syncDirectory(this.paths.dir);
    }
    this.generation++;
    this.length = 0;
  }

  /** Resolves when nothing is queued or being written. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private kick(): void {
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      if (head.kind === "task") {
        this.queue.shift();
        await head.run();
        continue;
      }
      const end = this.queue.findIndex((item) => item.kind === "task");
      const batch = this.queue.splice(0, end < 0 ? this.queue.length : end) as PendingAppend[];
      try {
        await this.write(batch.map((p) => p.text).join(""));
      } catch (caught) {
        const error = caught instanceof StorageError ? caught : new StorageError("append to the journal", this.paths.journal, caught);
        // Changes queued behind the failed ones were checked against a state that will not exist: refuse them too.
        const refused = [...batch, ...this.queue.filter((item): item is PendingAppend => item.kind === "append")];
        this.queue = this.queue.filter((item) => item.kind === "task");
        this.events.failed(error);
        refused.forEach((p) => p.reject(error));
        continue;
      }
      batch.forEach((p) => p.onDurable());
      this.events.durable();
      batch.forEach((p) => p.resolve());
    }
  }

  private async write(text: string): Promise<void> {
    if (this.length > 0 && (await sizeOf(this.paths.journal)) < this.length) {
      await this.events.lost(this.generation + 1);
      this.generation++;
      this.length = 0;
    }
    const creating = this.length === 0;
    const data = (creating ? frameLine({ journal: "local-lambda", generation: this.generation } satisfies JournalHeader) : "") + text;
    let handle;
    try {
      handle = await open(this.paths.journal, "a");
      const { size } = await handle.stat();
      if (size > this.length) await handle.truncate(this.length);
      await handle.writeFile(data, "utf8");
      await handle.datasync();
    } catch (error) {
      throw new StorageError("append to the journal", this.paths.journal, error);
    } finally {
      await handle?.close().catch(() => undefined);
    }
    if (creating) await syncDirectory(this.paths.dir);
    this.length += Buffer.byteLength(data);
  }
}

/** A file's size; -1 when it does not exist. */
async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return -1;
    throw new StorageError("read the size of the journal", path, error);
  }
}
