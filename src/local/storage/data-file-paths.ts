import { basename, dirname, join } from "node:path";

/**
 * The files behind one `dataFile`: the snapshot at the path itself, the journal being appended to beside it
 * (`<dataFile>.journal`), journals set aside for a compaction still in progress (`<dataFile>.journal-<generation>`),
 * and temp files of snapshots being written (`<dataFile>.tmp-<pid>-<n>`).
 * @internal
 */
export interface DataFilePaths {
  readonly snapshot: string;
  readonly journal: string;
  readonly dir: string;
  /** The name of a journal set aside at this generation. */
  retired(generation: number): string;
  /** Whether a file name in `dir` is a set-aside journal; its generation when it is. */
  retiredGeneration(name: string): number | undefined;
  /** Whether a file name in `dir` is a temp file of a snapshot write. */
  isTemp(name: string): boolean;
  /** A fresh temp file name. */
  temp(): string;
}

let counter = 0;

/** The file names for a data file. @internal */
export function dataFilePaths(dataFile: string): DataFilePaths {
  const dir = dirname(dataFile);
  const base = basename(dataFile);
  return {
    snapshot: dataFile,
    journal: `${dataFile}.journal`,
    dir,
    retired: (generation) => `${dataFile}.journal-${generation}`,
    retiredGeneration(name) {
      const match = name.startsWith(`${base}.journal-`) ? /^(\d+)$/.exec(name.slice(base.length + 9)) : null;
      return match ? Number(match[1]) : undefined;
    },
    isTemp: (name) => name.startsWith(`${base}.tmp-`),
    temp: () => join(dir, `${base}.tmp-${process.pid}-${++counter}`),
  };
}
