import { open } from "node:fs/promises";

/** Makes a rename or a new file's name durable; some platforms cannot open a directory, which is harmless there. @internal */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // Windows and some filesystems refuse; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
