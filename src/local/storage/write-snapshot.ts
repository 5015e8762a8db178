import { open, rename, rm } from "node:fs/promises";
import type { MappingRecord } from "../mapping-record.js";
import type { DataFilePaths } from "./data-file-paths.js";
import { frameLine } from "./framed-line.js";
import type { SnapshotHeader } from "./read-data-file.js";
import { encodeRecord } from "./record-codec.js";
import { StorageError } from "./storage-error.js";
import { syncDirectory } from "./sync-directory.js";

/** Bytes gathered before each write call: large enough to be cheap, small enough to never approach V8's string limit. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes a snapshot of `records` atomically: framed lines streamed to a temp file (one record at a time, yielding
 * between chunks so requests keep being served), fsynced, renamed over the snapshot, then the directory fsynced. A
 * crash at any point leaves the previous snapshot. Returns the bytes written; throws a {@link StorageError}.
 * @internal
 */
export async function writeSnapshot(paths: DataFilePaths, header: Omit<SnapshotHeader, "snapshot" | "version" | "count">, records: readonly MappingRecord[]): Promise<number> {
  const tmp = paths.temp();
  let bytes = 0;
  try {
    const handle = await open(tmp, "w");
    try {
      let chunk = frameLine({ snapshot: "local-lambda", version: 2, ...header, count: records.length } satisfies SnapshotHeader);
      for (const record of records) {
        chunk += frameLine(encodeRecord(record));
        if (chunk.length >= CHUNK_CHARS) {
          await handle.writeFile(chunk, "utf8");
          bytes += Buffer.byteLength(chunk);
          chunk = "";
        }
      }
      await handle.writeFile(chunk, "utf8");
      bytes += Buffer.byteLength(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, paths.snapshot);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new StorageError("write the snapshot", paths.snapshot, error);
  }
  await syncDirectory(paths.dir);
  return bytes;
}
