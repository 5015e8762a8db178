import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorName, listEverything, suiteClient } from "./clients.js";
import { spawnService } from "./spawn-service.js";
import { percentile } from "./stats.js";

/** How hard and how long to load the service. */
export interface LoadOptions {
  clients: number;
  seconds: number;
}

/** What the load run saw. */
export interface LoadResult {
  clients: number;
  seconds: number;
  operations: number;
  perOperation: Record<string, { count: number; p50: number; p99: number }>;
  p50: number;
  p99: number;
  /** Writes the service acknowledged (Create, Update, Delete). */
  acknowledgedWrites: number;
  /** Mappings compared with their last acknowledged write after the restart. */
  mappingsChecked: number;
  /** A Get or List during the run that did not show this client's last acknowledged write. */
  staleReads: string[];
  /** Acknowledged writes missing or different after the restart. */
  lostAfterRestart: string[];
  /** Errors other than the expected `ResourceInUseException` (a change while a transition runs). */
  unexpectedErrors: Record<string, number>;
  refusedInUse: number;
  /** The service process ended by itself. */
  crashed: boolean;
}

interface Owned {
  batchSize: number;
  deleted: boolean;
}

/**
 * `clients` concurrent clients (every fourth one `@aws-sdk/client-lambda`) run mixed Create, Get,
 * Update, Delete and List calls for `seconds` against one service on a data file. Each client only
 * changes its own mappings, so it knows what every read must show: a Get or List that does not show
 * the client's last acknowledged write is a lost update. Then the service is closed, started again
 * on the same file, and every mapping is compared with its last acknowledged write.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "reliability-load-"));
  const dataFile = join(dir, "mappings.json");
  const latencies = new Map<string, number[]>();
  const staleReads: string[] = [];
  const unexpectedErrors: Record<string, number> = {};
  const models: Map<string, Owned>[] = [];
  let acknowledgedWrites = 0;
  let refusedInUse = 0;
  let crashed = false;
  const service = await spawnService(dataFile);
  void service.exited.then(() => {
    if (!closing) crashed = true;
  });
  let closing = false;
  try {
    const deadline = Date.now() + options.seconds * 1000;
    const timed = async <T>(op: string, call: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      try {
        return await call();
      } finally {
        const list = latencies.get(op) ?? [];
        list.push(performance.now() - start);
        latencies.set(op, list);
      }
    };
    const runClient = async (id: number): Promise<void> => {
      const client = suiteClient(id % 4 === 3 ? "sdk" : "ours", { endpoint: service.endpoint });
      const owned = new Map<string, Owned>();
      models.push(owned);
      const fn = `load-${id}`;
      let created = 0;
      try {
        while (Date.now() < deadline && !crashed) {
          const live = [...owned].filter(([, m]) => !m.deleted);
          const pick = live[Math.floor(Math.random() * live.length)];
          const r = Math.random();
          try {
            if (!pick || (live.length < 3 && r < 0.5) || (r >= 0.85 && r < 0.95)) {
              const batchSize = 1 + Math.floor(Math.random() * 10);
              const out = await timed("Create", () =>
                client.create({ FunctionName: fn, EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:load-${id}-${created++}`, BatchSize: batchSize, Enabled: false }),
              );
              acknowledgedWrites++;
              owned.set(out.UUID!, { batchSize, deleted: false });
            } else if (r < 0.35) {
              const [uuid, model] = pick;
              const expected = model.batchSize;
              const out = await timed("Get", () => client.get(uuid));
              if (!model.deleted && out.BatchSize !== expected) staleReads.push(`Get ${uuid}: BatchSize ${out.BatchSize}, last acknowledged ${expected}`);
            } else if (r < 0.7) {
              const [uuid, model] = pick;
              const batchSize = 1 + Math.floor(Math.random() * 10);
              await timed("Update", () => client.update(uuid, batchSize));
              acknowledgedWrites++;
              model.batchSize = batchSize;
            } else if (r < 0.85) {
              const expected = new Map(live.map(([uuid, m]) => [uuid, m.batchSize]));
              const out = await timed("List", () => client.list(fn));
              const seen = new Map((out.EventSourceMappings ?? []).map((m) => [m.UUID!, m.BatchSize]));
              if (!out.NextMarker) {
                for (const [uuid, batchSize] of expected) {
                  if (owned.get(uuid)?.deleted) continue; // deleted while the List was in flight
                  if (seen.get(uuid) !== batchSize && owned.get(uuid)?.batchSize === batchSize) staleReads.push(`List ${uuid}: BatchSize ${seen.get(uuid)}, last acknowledged ${batchSize}`);
                }
              }
            } else {
              const [uuid, model] = pick;
              await timed("Delete", () => client.delete(uuid));
              acknowledgedWrites++;
              model.deleted = true;
            }
          } catch (error) {
            const name = errorName(error);
            if (name === "ResourceInUseException") refusedInUse++;
            else unexpectedErrors[name] = (unexpectedErrors[name] ?? 0) + 1;
          }
        }
      } finally {
        client.destroy();
      }
    };
    await Promise.all(Array.from({ length: options.clients }, (_, id) => runClient(id)));
    if (crashed) throw new Error(`the service exited during the load: ${service.stderr()}`);
    closing = true;
    await service.close();
  } catch (error) {
    closing = true;
    await service.kill9().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  // Start again on the same file: every acknowledged write must be there.
  const lostAfterRestart: string[] = [];
  let mappingsChecked = 0;
  const restarted = await spawnService(dataFile);
  const checker = suiteClient("ours", { endpoint: restarted.endpoint });
  try {
    const all = await listEverything(checker);
    for (const owned of models) {
      for (const [uuid, model] of owned) {
        mappingsChecked++;
        const found = all.get(uuid);
        if (model.deleted) {
          if (found && found.State !== "Deleting") lostAfterRestart.push(`${uuid}: deleted (acknowledged) but present as ${found.State}`);
        } else if (!found) lostAfterRestart.push(`${uuid}: missing`);
        else if (found.BatchSize !== model.batchSize) lostAfterRestart.push(`${uuid}: BatchSize ${found.BatchSize}, last acknowledged ${model.batchSize}`);
      }
    }
  } finally {
    checker.destroy();
    await restarted.close().catch(() => restarted.kill9());
    rmSync(dir, { recursive: true, force: true });
  }

  const all = [...latencies.values()].flat();
  const perOperation: LoadResult["perOperation"] = {};
  for (const [op, list] of latencies) perOperation[op] = { count: list.length, p50: percentile(list, 50), p99: percentile(list, 99) };
  return {
    clients: options.clients,
    seconds: options.seconds,
    operations: all.length,
    perOperation,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    acknowledgedWrites,
    mappingsChecked,
    staleReads,
    lostAfterRestart,
    unexpectedErrors,
    refusedInUse,
    crashed,
  };
}
