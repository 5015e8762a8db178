import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda, type LocalLambdaOptions } from "../../src/local/index.js";
import { arns, failure, oursApi, type EsmApi } from "./support/clients.js";

let dir: string;
let dataFile: string;
const open: { local: LocalLambda; api: EsmApi }[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "local-lambda-"));
  dataFile = join(dir, "state", "mappings.json");
});
afterEach(async () => {
  for (const { local, api } of open.splice(0)) {
    api.destroy();
    await local.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: LocalLambdaOptions = {}): Promise<{ local: LocalLambda; api: EsmApi }> {
  const local = await startLocalLambda({ dataFile, ...options });
  const entry = { local, api: oursApi(local) };
  open.push(entry);
  return entry;
}
async function stop(entry: { local: LocalLambda; api: EsmApi }): Promise<void> {
  open.splice(open.indexOf(entry), 1);
  entry.api.destroy();
  await entry.local.close();
}
interface FileMapping {
  pending?: { to: string; at: number };
  config: Record<string, unknown>;
}
const readFile = () => JSON.parse(readFileSync(dataFile, "utf8")) as { version: number; mappings: FileMapping[] };
const fileUuids = () => readFile().mappings.map((m) => m.config.UUID);

describe("persistence to a data file", () => {
  it("writes every acknowledged change before answering", async () => {
    const server = await start();
    const { UUID } = await server.api.create({ FunctionName: "fn", EventSourceArn: arns.queue() });
    expect(fileUuids()).toEqual([UUID]); // read right after the response: already on disk
    await server.api.update({ UUID: UUID!, BatchSize: 3 });
    expect(readFile().mappings[0]!.config.BatchSize).toBe(3);
    await stop(server);
    // A slow service, so the Deleting state cannot end (and be written) before the file is read.
    const slow = await start({ transitionDelayMs: 600_000 });
    await slow.api.delete(UUID!);
    expect(readFile().mappings[0]!.config.State).toBe("Deleting");
  });

  it("restores every mapping, exactly, after a restart", async () => {
    const first = await start();
    await first.api.create({ FunctionName: "a", EventSourceArn: arns.queue("a"), FilterCriteria: { Filters: [{ Pattern: '{"body":{"x":[1]}}' }] } });
    const kinesis = await first.api.create({
      FunctionName: "b:live",
      EventSourceArn: arns.stream(),
      StartingPosition: "AT_TIMESTAMP",
      StartingPositionTimestamp: new Date("2026-02-03T04:05:06.789Z"),
    });
    const doomed = await first.api.create({ FunctionName: "c", EventSourceArn: arns.queue("c") });
    await first.api.update({ UUID: kinesis.UUID!, BatchSize: 42 });
    await first.api.delete(doomed.UUID!);
    const before = (await first.api.list()).EventSourceMappings;
    await stop(first);

    const second = await start();
    expect((await second.api.list()).EventSourceMappings).toEqual(before);
    expect(before!.map((m) => m.UUID)).not.toContain(doomed.UUID);
    // New mappings still come after the restored ones.
    const later = await second.api.create({ FunctionName: "d", EventSourceArn: arns.queue("d") });
    expect((await second.api.list()).EventSourceMappings!.at(-1)!.UUID).toBe(later.UUID);
  });

  it("keeps in-flight transitions across a restart and finishes them when due", async () => {
    const first = await start({ transitionDelayMs: 600_000 });
    const created = await first.api.create({ FunctionName: "slow", EventSourceArn: arns.queue("slow") });
    await stop(first);
    const saved = readFile().mappings[0]!;
    expect(saved.pending).toEqual({ to: "Enabled", at: created.LastModified!.getTime() + 600_000 });

    const second = await start({ transitionDelayMs: 600_000 });
    expect((await second.api.get(created.UUID!)).State).toBe("Creating");
    expect((await failure(second.api.update({ UUID: created.UUID!, BatchSize: 2 }))).name).toBe("ResourceInUseException");
    await stop(second);

    // As if the service had been down past the due time: the transition completes on start.
    const due = Date.now() - 1000;
    const doc = readFile();
    doc.mappings[0]!.pending!.at = due;
    writeFileSync(dataFile, JSON.stringify(doc));
    const third = await start();
    const settled = await third.api.get(created.UUID!);
    expect(settled.State).toBe("Enabled");
    expect(settled.LastModified!.getTime()).toBe(due);
  });

  it("persists a transition that ends while the service runs", async () => {
    const server = await start({ transitionDelayMs: 30 });
    const { UUID } = await server.api.create({ FunctionName: "t", EventSourceArn: arns.queue("t") });
    for (let i = 0; i < 200 && readFile().mappings[0]!.config.State !== "Enabled"; i++) await new Promise((r) => setTimeout(r, 10));
    expect(readFile().mappings[0]).toMatchObject({ config: { UUID, State: "Enabled" } });
    expect(readFile().mappings[0]!.pending).toBeUndefined();
  });

  it("loses no update under concurrent requests", async () => {
    const server = await start();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => server.api.create({ FunctionName: `c${i % 4}`, EventSourceArn: arns.queue(`cq${i}`) })));
    const target = results[0]!.UUID!;
    const uuids = results.map((r) => r.UUID);
    // Updates of different mappings and repeated updates of one mapping, all at once.
    await Promise.all([
      ...results.slice(1).map((r, i) => server.api.update({ UUID: r.UUID!, BatchSize: (i % 10) + 1 })),
      ...[1, 2, 3, 4, 5].map((n) => server.api.update({ UUID: target, MaximumBatchingWindowInSeconds: n }).catch(() => undefined)),
    ]);
    // The file, read before anything else happens, holds every acknowledged value.
    const onDisk = readFile().mappings.map((m) => m.config);
    const live = (await server.api.listAll({}, 50)).mappings;
    expect(onDisk.map((c) => [c.UUID, c.BatchSize, c.MaximumBatchingWindowInSeconds])).toEqual(
      live.map((m) => [m.UUID, m.BatchSize, m.MaximumBatchingWindowInSeconds]),
    );
    expect(live.map((m) => m.UUID)).toEqual(uuids);
    expect(live.slice(1).map((m) => m.BatchSize)).toEqual(results.slice(1).map((_, i) => (i % 10) + 1));
    expect(fileUuids()).toEqual(uuids);
    await stop(server);
    const restarted = await start();
    expect((await restarted.api.listAll({}, 50)).mappings).toEqual(live);
  });

  it("ignores and removes a temp file a crash left behind", async () => {
    const first = await start();
    const { UUID } = await first.api.create({ FunctionName: "x", EventSourceArn: arns.queue("x") });
    await stop(first);
    const stray = `${dataFile}.tmp-99999-1`;
    writeFileSync(stray, '{"version":1,"seq":5,"mappings":[{"half-written');
    const second = await start();
    expect((await second.api.get(UUID!)).UUID).toBe(UUID);
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(join(dir, "state"))).toEqual(["mappings.json"]);
  });

  it("refuses to start on a file that is not a snapshot rather than discard it", async () => {
    writeFileSync(join(dir, "garbage.json"), "{not json");
    await expect(startLocalLambda({ dataFile: join(dir, "garbage.json") })).rejects.toThrow(/is not valid JSON/);
    writeFileSync(join(dir, "other.json"), '{"hello":"world"}');
    await expect(startLocalLambda({ dataFile: join(dir, "other.json") })).rejects.toThrow(/not a local Lambda snapshot/);
    expect(readFileSync(join(dir, "garbage.json"), "utf8")).toBe("{not json");
  });
});

describe("a failed write", () => {
  it("answers 500 ServiceException, rolls the change back, and later writes succeed", async () => {
    const server = await start();
    const kept = await server.api.create({ FunctionName: "kept", EventSourceArn: arns.queue("kept") });
    rmSync(join(dir, "state"), { recursive: true }); // the next write cannot create its temp file
    const error = await failure(server.api.create({ FunctionName: "lost", EventSourceArn: arns.queue("lost") }));
    expect([error.name, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual(["ServiceException", 500, 3]);
    expect(error.message).not.toContain(dir); // no server path in what a client sees
    // Every retry failed the same way and nothing was acknowledged, so nothing may remain.
    expect((await server.api.list()).EventSourceMappings!.map((m) => m.UUID)).toEqual([kept.UUID]);
    mkdirSync(join(dir, "state"));
    const later = await server.api.create({ FunctionName: "lost", EventSourceArn: arns.queue("lost") });
    expect(fileUuids()).toEqual([kept.UUID, later.UUID]);
  });
});
