import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorName, listEverything, suiteClient } from "./clients.js";
import { spawnService, type ServiceProcess } from "./spawn-service.js";

/** How many `kill -9` rounds, and how many writers per round. */
export interface KillOptions {
  kills: number;
  writers: number;
}

/** What the kill/restart rounds saw. */
export interface KillResult {
  kills: number;
  /** Restarts where the service refused its own data file (it could not be read back). */
  invalidFiles: string[];
  /** Writes the service acknowledged before being killed. */
  acknowledgedWrites: number;
  /** Checks of "this mapping shows its last acknowledged write" made after the restarts. */
  changesChecked: number;
  lost: string[];
  /** Changes in flight at the kill that turned out to be durable anyway (allowed: the answer was lost, not the write). */
  unacknowledgedButKept: number;
}

interface Tracked {
  uuid?: string;
  /** The BatchSize of the last acknowledged write; undefined while the Create is unacknowledged. */
  acked?: number;
  /** A write sent but not answered yet (or cut by the kill). */
  pending?: number | "delete";
  deleted: boolean;
}

/**
 * Repeatedly: the service runs in a child process on one data file while `writers` parallel loops
 * create, update and delete mappings (one attempt per call, so nothing is retried behind the
 * suite's back); 0.1-1.1 s after its first acknowledged write it is killed with SIGKILL, mid-write. It is then started
 * again on the same file: it must start (the file is readable) and every acknowledged change must
 * be there. A change in flight at the kill may be either way.
 */
export async function runKills(options: KillOptions): Promise<KillResult> {
  const dir = mkdtempSync(join(tmpdir(), "reliability-kill-"));
  const dataFile = join(dir, "mappings.json");
  const model = new Map<string, Tracked>(); // by EventSourceArn: known before the Create is answered
  const result: KillResult = { kills: 0, invalidFiles: [], acknowledgedWrites: 0, changesChecked: 0, lost: [], unacknowledgedButKept: 0 };
  let created = 0;
  let service: ServiceProcess | undefined = await spawnService(dataFile);
  try {
    for (let round = 0; round < options.kills; round++) {
      const current: ServiceProcess = service;
      let killed = false;
      const writer = async (w: number): Promise<void> => {
        const client = suiteClient("ours", { endpoint: current.endpoint, maxAttempts: 1 });
        try {
          while (!killed) {
            const live = [...model.values()].filter((t) => !t.deleted && t.uuid !== undefined && t.pending === undefined);
            const r = Math.random();
            if (live.length < 5 || r < 0.4) {
              const arn = `arn:aws:sqs:us-east-1:123456789012:kill-${w}-${created++}`;
              const batchSize = 1 + Math.floor(Math.random() * 10);
              const tracked: Tracked = { pending: batchSize, deleted: false };
              model.set(arn, tracked);
              const out = await client.create({ FunctionName: `kill-${w}`, EventSourceArn: arn, BatchSize: batchSize, Enabled: false });
              Object.assign(tracked, { uuid: out.UUID, acked: batchSize, pending: undefined });
              result.acknowledgedWrites++;
            } else if (r < 0.85) {
              const tracked = live[Math.floor(Math.random() * live.length)]!;
              const batchSize = 1 + Math.floor(Math.random() * 10);
              tracked.pending = batchSize;
              try {
                await client.update(tracked.uuid!, batchSize);
                tracked.acked = batchSize;
                result.acknowledgedWrites++;
              } catch (error) {
                if (errorName(error) !== "ResourceInUseException") throw error; // the kill: stays pending
              }
              tracked.pending = undefined;
            } else {
              const tracked = live[Math.floor(Math.random() * live.length)]!;
              tracked.pending = "delete";
              await client.delete(tracked.uuid!);
              tracked.deleted = true;
              tracked.pending = undefined;
              result.acknowledgedWrites++;
            }
          }
        } catch {
          // the kill cut this call: what it was doing stays `pending`
        } finally {
          client.destroy();
        }
      };
      const writers = Array.from({ length: options.writers }, (_, w) => writer(w));
      // The kill comes at a random moment once this round's writes are flowing (mid-write, most of the time).
      const before = result.acknowledgedWrites;
      for (let waited = 0; result.acknowledgedWrites === before && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 1000));
      killed = true;
      await current.kill9();
      result.kills++;
      await Promise.all(writers);

      service = undefined;
      try {
        service = await spawnService(dataFile);
      } catch (error) {
        result.invalidFiles.push(`after kill ${round + 1}: ${(error as Error).message.slice(0, 300)}`);
        break;
      }
      const checker = suiteClient("ours", { endpoint: service.endpoint });
      const found = await listEverything(checker).finally(() => checker.destroy());
      const byArn = new Map([...found.values()].map((m) => [m.EventSourceArn!, m]));
      for (const [arn, tracked] of model) {
        const seen = byArn.get(arn);
        if (tracked.acked !== undefined) result.changesChecked++;
        if (tracked.deleted) {
          if (seen && seen.State !== "Deleting") result.lost.push(`${arn}: deleted (acknowledged) but present`);
          model.delete(arn);
        } else if (tracked.acked === undefined) {
          // an unacknowledged Create: either way is right; adopt what the service holds
          if (seen) {
            result.unacknowledgedButKept++;
            Object.assign(tracked, { uuid: seen.UUID, acked: seen.BatchSize });
          } else model.delete(arn);
        } else if (!seen) {
          if (tracked.pending === "delete") model.delete(arn);
          else result.lost.push(`${arn}: missing after restart`);
        } else if (seen.BatchSize !== tracked.acked) {
          if (tracked.pending === seen.BatchSize) {
            result.unacknowledgedButKept++;
            tracked.acked = seen.BatchSize;
          } else result.lost.push(`${arn}: BatchSize ${seen.BatchSize}, last acknowledged ${tracked.acked}`);
        }
        tracked.pending = undefined;
      }
    }
  } finally {
    await service?.close().catch(() => service?.kill9());
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

