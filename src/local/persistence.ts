import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { StoreSnapshot } from "./store.js";

/**
 * Reads a data file at start-up (synchronously: it happens once, before listening), creating its
 * directory if needed and removing temp files a crash may have left beside it. A missing file is
 * an empty store; a file that is not a snapshot is an error rather than silently discarded data.
 * @internal
 */
export function loadSnapshot(file: string): StoreSnapshot | undefined {
  const dir = dirname(file);
  const prefix = `${basename(file)}.tmp-`;
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`startLocalLambda: data file ${file} is not valid JSON (${(error as Error).message})`);
  }
  const snapshot = parsed as Partial<StoreSnapshot> | null;
  if (!snapshot || snapshot.version !== 1 || !Array.isArray(snapshot.mappings) || typeof snapshot.seq !== "number") {
    throw new Error(`startLocalLambda: data file ${file} is not a local Lambda snapshot (version 1)`);
  }
  return snapshot as StoreSnapshot;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Writes snapshots of the store to a file atomically (temp file, fsync, rename, directory fsync),
 * one write at a time. `flush()` calls made while a write runs share the next write, which
 * snapshots the state when it starts — so every change made before a `flush()` is on disk when it
 * resolves, and a burst of changes costs one or two writes, not one each. When a write fails, the
 * store is rolled back to the last durable snapshot and every caller whose change is not on disk
 * gets the error: nothing is acknowledged that a restart would lose.
 * @internal
 */
export class SnapshotWriter {
  private queued: Waiter[] = [];
  private draining: Promise<void> | undefined;
  private counter = 0;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => StoreSnapshot,
    private readonly rollback: (durable: StoreSnapshot) => void,
    private durable: string,
  ) {}

  /** Resolves once the current state (as of this call) is durably on disk. */
  flush(): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.queued.push({ resolve, reject }));
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
    return done;
  }

  /** Resolves when no write is queued or running. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      const text = JSON.stringify(this.snapshot(), null, 1);
      try {
        await this.writeOnce(text);
        this.durable = text;
        batch.forEach((w) => w.resolve());
      } catch (error) {
        // Changes queued since the write started were made on top of the failed one: they go too.
        this.rollback(JSON.parse(this.durable) as StoreSnapshot);
        const failed = [...batch, ...this.queued];
        this.queued = [];
        failed.forEach((w) => w.reject(error));
      }
    }
  }

  private async writeOnce(text: string): Promise<void> {
    const tmp = `${this.file}.tmp-${process.pid}-${++this.counter}`;
    try {
      const handle = await open(tmp, "w");
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.file);
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
    await syncDirectory(dirname(this.file));
  }
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is harmless there. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // Windows and some filesystems refuse; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}
