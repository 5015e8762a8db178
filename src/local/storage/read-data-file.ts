import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import type { MappingRecord } from "../mapping-record.js";
import { dataFilePaths } from "./data-file-paths.js";
import { parseFramedLine, splitLines, type LineAt } from "./framed-line.js";
import { decodeRecord, type StoredRecord } from "./record-codec.js";

/** The first line of a snapshot. @internal */
export interface SnapshotHeader {
  snapshot: "local-lambda";
  version: 2;
  /** The highest sequence number given out so far. */
  seq: number;
  /** Journals of this generation and later hold the changes made after this snapshot. */
  generation: number;
  /** How many record lines follow. */
  count: number;
}

/** The first line of a journal. @internal */
export interface JournalHeader {
  journal: "local-lambda";
  generation: number;
}

/** One line of a journal after its header: a mapping as it is after a change (deletion is a state, Deleting). @internal */
export interface JournalEntry {
  put: StoredRecord;
}

/** The state a data file holds, as a restart sees it. @internal */
export interface RecoveredState {
  /** The newest version of every mapping, in creation order. */
  records: MappingRecord[];
  seq: number;
  /** The generation of the next journal: above every snapshot and journal read. */
  nextGeneration: number;
  /** The snapshot is in the single-JSON-document format of earlier versions (it is rewritten in the new one). */
  legacy: boolean;
  /** Bytes of a torn last record found at the end of the journal (never acknowledged, so ignored). */
  tornBytes: number;
}

/** Reads a file whole, but no more than its size at open: a device (`/dev/full`) reads as empty, not forever. */
function readBytes(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const where = (path: string, line: LineAt) => `${path} line ${line.number} (byte ${line.offset})`;

/** The snapshot at `path`: a legacy JSON document or the framed-line format; throws naming the file when it is neither. */
function readSnapshot(path: string): { header: Omit<SnapshotHeader, "count">; records: MappingRecord[]; legacy: boolean } {
  const bytes = readBytes(path);
  const firstByte = bytes.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  if (firstByte === undefined || firstByte === 0x7b /* { */) return readLegacySnapshot(path, bytes);
  const lines = splitLines(bytes);
  const first = lines.next();
  const header = first.done ? undefined : (parseFramedLine(first.value.bytes) as Partial<SnapshotHeader> | undefined);
  if (!header || header.snapshot !== "local-lambda" || header.version !== 2 || typeof header.seq !== "number" || typeof header.generation !== "number") {
    throw new Error(`startLocalLambda: data file ${path} is not a local Lambda snapshot`);
  }
  const records: MappingRecord[] = [];
  for (const line of lines) {
    const record = line.complete ? decodeRecord(parseFramedLine(line.bytes)) : undefined;
    // Snapshots are renamed into place only once complete and fsynced: a bad line is damage, never a crash's doing.
    if (!record) throw new Error(`startLocalLambda: data file ${where(path, line)} is corrupt (checksum or format); refusing to start rather than lose mappings`);
    records.push(record);
  }
  if (records.length !== header.count) throw new Error(`startLocalLambda: data file ${path} holds ${records.length} mappings, its header says ${header.count}`);
  return { header: { snapshot: "local-lambda", version: 2, seq: header.seq, generation: header.generation }, records, legacy: false };
}

/** The format of earlier versions: one JSON document `{ version: 1, seq, mappings }`, rewritten whole on each change. */
function readLegacySnapshot(path: string, bytes: Buffer): ReturnType<typeof readSnapshot> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new Error(`startLocalLambda: data file ${path} is not valid JSON (${(error as Error).message})`);
  }
  const doc = parsed as { version?: unknown; seq?: unknown; mappings?: unknown } | null;
  if (!doc || doc.version !== 1 || !Array.isArray(doc.mappings) || typeof doc.seq !== "number") {
    throw new Error(`startLocalLambda: data file ${path} is not a local Lambda snapshot (version 1)`);
  }
  const records = doc.mappings.map((m, i) => {
    const record = decodeRecord(m);
    if (!record) throw new Error(`startLocalLambda: data file ${path} has an unreadable mapping at index ${i}`);
    return record;
  });
  return { header: { snapshot: "local-lambda", version: 2, seq: doc.seq, generation: 0 }, records, legacy: true };
}

/**
 * The entries of one journal. A bad line with nothing valid after it is a write the crash cut short: it was never
 * acknowledged (answers wait for fsync), so it is ignored. A bad line with valid records after it is damage in the
 * middle of the file: ignoring it would silently drop the changes after it, so recovery stops with the line's place.
 */
function readJournal(path: string): { generation: number | undefined; entries: JournalEntry[]; tornBytes: number } {
  const bytes = readBytes(path);
  const lines = [...splitLines(bytes)];
  const values = lines.map((line) => (line.complete ? parseFramedLine(line.bytes) : undefined));
  const firstBad = values.findIndex((value, i) => (i === 0 ? !isJournalHeader(value) : !isJournalEntry(value)));
  const goodCount = firstBad < 0 ? lines.length : firstBad;
  const laterGood = firstBad < 0 ? -1 : values.findIndex((value, i) => i > firstBad && isJournalEntry(value));
  if (laterGood >= 0) {
    throw new Error(
      `startLocalLambda: journal ${where(path, lines[firstBad]!)} is corrupt (checksum or format) and ${lines.length - firstBad - 1} lines follow it; ` +
        `refusing to start rather than drop the changes after it (move the file aside to start without them)`,
    );
  }
  const tornBytes = firstBad < 0 ? 0 : bytes.length - lines[firstBad]!.offset;
  if (goodCount === 0) return { generation: undefined, entries: [], tornBytes };
  return { generation: (values[0] as JournalHeader).generation, entries: values.slice(1, goodCount) as JournalEntry[], tornBytes };
}

const isJournalHeader = (value: unknown): value is JournalHeader =>
  (value as Partial<JournalHeader> | undefined)?.journal === "local-lambda" && typeof (value as JournalHeader).generation === "number";
const isJournalEntry = (value: unknown): value is JournalEntry => decodeRecord((value as Partial<JournalEntry> | undefined)?.put) !== undefined;

/**
 * Reads what a data file holds — its snapshot, then every journal not yet folded into it, in generation order —
 * without changing anything on disk. A missing file is an empty store.
 * @internal
 */
export function readDataFile(dataFile: string): RecoveredState {
  const paths = dataFilePaths(dataFile);
  const snapshot = existsSync(paths.snapshot) ? readSnapshot(paths.snapshot) : undefined;
  const base = snapshot?.header.generation ?? 0;
  const byUuid = new Map<string, MappingRecord>();
  for (const record of snapshot?.records ?? []) byUuid.set(record.config.UUID!, record);
  let seq = snapshot?.header.seq ?? 0;
  let nextGeneration = base + 1;
  let tornBytes = 0;

  const retired = existsSync(paths.dir)
    ? readdirSync(paths.dir)
        .map((name) => ({ name, generation: paths.retiredGeneration(name) }))
        .filter((f): f is { name: string; generation: number } => f.generation !== undefined && f.generation >= base)
        .sort((a, b) => a.generation - b.generation)
        .map((f) => join(paths.dir, f.name))
    : [];
  for (const path of [...retired, ...(existsSync(paths.journal) ? [paths.journal] : [])]) {
    const journal = readJournal(path);
    tornBytes += journal.tornBytes;
    // A journal older than the snapshot was folded into it (a crash came before its removal).
    if (journal.generation === undefined || journal.generation < base) continue;
    nextGeneration = Math.max(nextGeneration, journal.generation + 1);
    for (const entry of journal.entries) {
      const record = decodeRecord(entry.put)!;
      byUuid.set(record.config.UUID!, record);
      seq = Math.max(seq, record.seq);
    }
  }
  const records = [...byUuid.values()].sort((a, b) => a.seq - b.seq);
  return { records, seq, nextGeneration, legacy: snapshot?.legacy ?? false, tornBytes };
}
