/** What a file system error means for the operator, by code. */
const MEANING: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exhausted",
  EFBIG: "the file is larger than this process may write",
  EACCES: "the file is not writable (permission denied)",
  EPERM: "the file is not writable (operation not permitted)",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "the data file's folder no longer exists",
  EISDIR: "the path is a directory",
  EIO: "the disk reported an I/O error",
};

/**
 * A data file could not be read or written. The message names the file and the cause, for the operator; `reason`
 * ("the disk is full (ENOSPC)") is what a client's 500 answer shows, since the message holds server paths.
 * @internal
 */
export class StorageError extends Error {
  override readonly name = "StorageError";
  /** The file system's error code, e.g. `ENOSPC`, when there is one. */
  readonly code: string | undefined;
  /** The file concerned. */
  readonly path: string;
  /** The cause without any path: the meaning of the error code and the code, e.g. "the disk is full (ENOSPC)". */
  readonly reason: string;

  constructor(action: string, path: string, cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    const known = typeof code === "string" ? MEANING[code] : undefined;
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`local Lambda service: cannot ${action} ${path}: ${known ? `${known} (${detail})` : detail}`, { cause });
    this.code = typeof code === "string" ? code : undefined;
    this.path = path;
    this.reason = typeof code === "string" ? `${known ?? "the file system refused the write"} (${code})` : "the data file could not be written";
  }
}

/** Whether an error is a {@link StorageError}. @internal */
export const isStorageError = (error: unknown): error is StorageError => error instanceof StorageError;
