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

/**
 * Writes snapshots of the store to a file atomically (temp file, fsync, rename, directory fsync),
 * one write at a time. Concurrent `flush()` calls share the next write, which snapshots the state
 * when it starts — so every change made before a `flush()` call is on disk when it resolves, and
 * a burst of changes costs one or two writes, not one each.
 * @internal
 */
export class SnapshotWriter {
  private inFlight: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | undefined;
  private counter = 0;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => StoreSnapshot,
  ) {}

  /** Resolves once the current state (as of this call) is durably on disk. */
  flush(): Promise<void> {
    if (this.waiting) return this.waiting;
    const run = this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.waiting = undefined;
        const write = this.writeOnce(JSON.stringify(this.snapshot(), null, 1));
        this.inFlight = write;
        return write;
      });
    this.waiting = run;
    return run;
  }

  /** Resolves when no write is queued or running (errors are left to the callers that awaited them). */
  async idle(): Promise<void> {
    while (this.waiting) await this.waiting.catch(() => undefined);
    await this.inFlight.catch(() => undefined);
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
