import { crc32 } from "./crc32.js";

const NEWLINE = 0x0a;

/**
 * Frames one JSON value as a line of a data file: the CRC-32 of the JSON's UTF-8 bytes in 8 hex digits, a space, the
 * JSON, a newline. `JSON.stringify` escapes every newline inside strings, so a line is always one record, and a
 * record cut short or changed on disk no longer matches its checksum.
 * @internal
 */
export function frameLine(value: unknown): string {
  const json = JSON.stringify(value);
  return `${crc32(Buffer.from(json, "utf8")).toString(16).padStart(8, "0")} ${json}\n`;
}

/** One line read back: its value, or `undefined` when it is cut short, fails its checksum or is not JSON. @internal */
export function parseFramedLine(line: Uint8Array): unknown {
  if (line.length < 10 || line[8] !== 0x20) return undefined;
  const hex = Buffer.from(line.subarray(0, 8)).toString("latin1");
  const json = line.subarray(9);
  if (!/^[0-9a-f]{8}$/.test(hex) || crc32(json) !== Number.parseInt(hex, 16)) return undefined;
  try {
    return JSON.parse(Buffer.from(json).toString("utf8"));
  } catch {
    return undefined;
  }
}

/** A line's place in its file, for error messages. @internal */
export interface LineAt {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** The line's bytes without its newline; `complete` is false for a last line with no newline (a torn write). */
  bytes: Uint8Array;
  complete: boolean;
}

/** Splits a file's bytes into lines without ever building one string of the whole file (it may be larger than V8 allows). @internal */
export function* splitLines(bytes: Uint8Array): Generator<LineAt> {
  let start = 0;
  let number = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    number++;
    if (end < 0) {
      yield { number, offset: start, bytes: bytes.subarray(start), complete: false };
      return;
    }
    yield { number, offset: start, bytes: bytes.subarray(start, end), complete: true };
    start = end + 1;
  }
}
