import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { startLocalLambda } from "../../src/local/index.js";
import { oursApi } from "./support/clients.js";

const fixture = fileURLToPath(new URL("./fixtures/crash-writer.ts", import.meta.url));

/** What one writer process acknowledged before it was killed: created UUIDs, and each mapping's last acknowledged BatchSize. */
interface Acknowledged {
  created: string[];
  updated: Map<string, number>;
}

/** Runs the writer on `dataFile` until it has acknowledged `creates` new Creates, then kills it with SIGKILL mid-write. */
async function runUntilKilled(dataFile: string, creates: number, into: Acknowledged): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", fixture, dataFile], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let count = 0;
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, uuid, batch] = line.split(" ");
        if (kind === "ack") (into.created.push(uuid!), count++);
        if (kind === "upd") into.updated.set(uuid!, Number(batch));
      }
      if (count >= creates) resolve();
    });
    child.on("exit", () => reject(new Error(`writer exited early: ${stderr}`)));
  });
  child.kill("SIGKILL"); // writes are still in flight: the kill lands mid-request and, often, mid-journal-append
  expect(await exited).toBe("SIGKILL");
}

it("a service killed (SIGKILL) in the middle of writes, three times, restarts with every acknowledged Create and Update", async () => {
  const dir = mkdtempSync(join(tmpdir(), "local-lambda-crash-"));
  const dataFile = join(dir, "mappings.json");
  try {
    const acked: Acknowledged = { created: [], updated: new Map() };
    // Each run recovers what the previous kill left (a torn last record included) and writes on top of it.
    for (let run = 0; run < 3; run++) await runUntilKilled(dataFile, 20, acked);

    const local = await startLocalLambda({ dataFile });
    const api = oursApi(local);
    try {
      const mappings = (await api.listAll({}, 1000)).mappings;
      const restored = new Map(mappings.map((m) => [m.UUID!, m.BatchSize]));
      expect(acked.created.length).toBeGreaterThanOrEqual(60);
      expect(acked.created.filter((uuid) => !restored.has(uuid))).toEqual([]);
      expect([...acked.updated].filter(([uuid, batch]) => restored.get(uuid) !== batch)).toEqual([]);
    } finally {
      api.destroy();
      await local.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000); // three child processes starting up on a busy machine
