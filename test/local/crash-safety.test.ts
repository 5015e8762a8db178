import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { startLocalLambda } from "../../src/local/index.js";
import { oursApi } from "./support/clients.js";

const fixture = fileURLToPath(new URL("./fixtures/crash-writer.ts", import.meta.url));

it("a service killed (SIGKILL) in the middle of writes leaves a data file holding every acknowledged Create", async () => {
  const dir = mkdtempSync(join(tmpdir(), "local-lambda-crash-"));
  const dataFile = join(dir, "mappings.json");
  try {
    const child = spawn(process.execPath, ["--import", "tsx", fixture, dataFile], { stdio: ["ignore", "pipe", "pipe"] });
    const acked: string[] = [];
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let buffered = "";
      child.stdout.on("data", (d: Buffer) => {
        buffered += d.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop()!;
        for (const line of lines) if (line.startsWith("ack ")) acked.push(line.slice(4));
        if (acked.length >= 60) resolve();
      });
      child.on("exit", () => reject(new Error(`writer exited early: ${stderr}`)));
    });
    child.kill("SIGKILL"); // writes are still in flight: the kill lands mid-request and, often, mid-file-write
    expect(await exited).toBe("SIGKILL");
    const seen = [...acked];

    const doc = JSON.parse(readFileSync(dataFile, "utf8")) as { mappings: { config: { UUID: string } }[] };
    const onDisk = new Set(doc.mappings.map((m) => m.config.UUID));
    expect(seen.filter((u) => !onDisk.has(u))).toEqual([]);

    const local = await startLocalLambda({ dataFile });
    const api = oursApi(local);
    try {
      const restored = (await api.listAll({}, 1000)).mappings.map((m) => m.UUID);
      expect(restored.length).toBeGreaterThanOrEqual(seen.length);
      for (const uuid of seen) expect(restored).toContain(uuid);
    } finally {
      api.destroy();
      await local.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
