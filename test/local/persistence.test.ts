import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda, type LocalLambdaOptions } from "../../src/local/index.js";
import { readDataFile } from "../../src/local/storage/read-data-file.js";
import { encodeRecord } from "../../src/local/storage/record-codec.js";
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
  const entry = { local, api: oursApi(local, { maxAttempts: 1 }) };
  open.push(entry);
  return entry;
}
async function stop(entry: { local: LocalLambda; api: EsmApi }): Promise<void> {
  open.splice(open.indexOf(entry), 1);
  entry.api.destroy();
  await entry.local.close();
}
/** What a restart would recover from the files as they are now (the service's own reader; it changes nothing). */
const onDisk = () => readDataFile(dataFile).records;
const diskUuids = () => onDisk().map((r) => r.config.UUID);
const journal = () => `${dataFile}.journal`;
/** Every file in the data file's folder with its size and modification time. */
const folderState = () => readdirSync(join(dir, "state")).map((name) => [name, statSync(join(dir, "state", name)).size, statSync(join(dir, "state", name)).mtimeMs]);
const bigFilters = (seed: number) => ({ Filters: Array.from({ length: 5 }, (_, f) => ({ Pattern: JSON.stringify({ body: { [`k${f}`]: [`${seed}`.padEnd(3900, "x")] } }) })) });

describe("persistence to a data file", () => {
  it("writes every acknowledged change before answering", async () => {
    const server = await start();
    const { UUID } = await server.api.create({ FunctionName: "fn", EventSourceArn: arns.queue() });
    expect(diskUuids()).toEqual([UUID]); // read right after the response: already on disk
    await server.api.update({ UUID: UUID!, BatchSize: 3 });
    expect(onDisk()[0]!.config.BatchSize).toBe(3);
    await stop(server);
    // A slow service, so the Deleting state cannot end before the files are read.
    const slow = await start({ transitionDelayMs: 600_000 });
    await slow.api.delete(UUID!);
    expect(onDisk()[0]!.config.State).toBe("Deleting");
  });

  it("appends one journal line per change, never rewriting the state (a write costs the change's size)", async () => {
    const server = await start();
    const created: { UUID?: string }[] = [];
    for (let i = 0; i < 20; i++) created.push(await server.api.create({ FunctionName: `f${i}`, EventSourceArn: arns.queue(`q${i}`), FilterCriteria: bigFilters(i) }));
    const snapshotSize = statSync(dataFile).size;
    const journalBefore = statSync(journal()).size;
    await server.api.update({ UUID: created[7]!.UUID!, BatchSize: 4 });
    const grown = statSync(journal()).size - journalBefore;
    // About one mapping (~20 KB), not twenty, and the snapshot is untouched.
    expect(grown).toBeGreaterThan(19_000);
    expect(grown).toBeLessThan(30_000);
    expect(statSync(dataFile).size).toBe(snapshotSize);
    expect(onDisk().find((r) => r.config.UUID === created[7]!.UUID)!.config.BatchSize).toBe(4);
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

  it("keeps in-flight transitions across a restart; loads a data file of the previous single-document format", async () => {
    const first = await start({ transitionDelayMs: 600_000 });
    const created = await first.api.create({ FunctionName: "slow", EventSourceArn: arns.queue("slow") });
    await stop(first);
    const saved = onDisk()[0]!;
    expect(saved.pending).toEqual({ to: "Enabled", at: created.LastModified!.getTime() + 600_000 });

    const second = await start({ transitionDelayMs: 600_000 });
    expect((await second.api.get(created.UUID!)).State).toBe("Creating");
    expect((await failure(second.api.update({ UUID: created.UUID!, BatchSize: 2 }))).name).toBe("ResourceInUseException");
    await stop(second);

    // The earlier format (one JSON document, rewritten whole on each change), as if the service had been down past
    // the due time: it loads, the transition completes on start, and the file is converted.
    const due = Date.now() - 1000;
    for (const name of readdirSync(join(dir, "state"))) rmSync(join(dir, "state", name));
    writeFileSync(dataFile, JSON.stringify({ version: 1, seq: saved.seq, mappings: [encodeRecord({ ...saved, pending: { to: "Enabled", at: due } })] }, null, 1));
    const third = await start();
    const settled = await third.api.get(created.UUID!);
    expect(settled.State).toBe("Enabled");
    expect(settled.LastModified!.getTime()).toBe(due);
    expect(readFileSync(dataFile, "utf8")).toMatch(/^[0-9a-f]{8} \{"snapshot":"local-lambda","version":2,/);
  });

  it("writes nothing in the background when a transition ends (so the folder can be removed right after an answer)", async () => {
    const server = await start({ transitionDelayMs: 50 });
    const { UUID } = await server.api.create({ FunctionName: "t", EventSourceArn: arns.queue("t") });
    const files = folderState();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await server.api.get(UUID!)).State).toBe("Enabled");
    expect(folderState()).toEqual(files);
    await stop(server);
    expect(folderState()).toEqual(files);
    // The settled state needs no write: a restart settles it the same way, at the same time.
    const again = await start();
    expect(await again.api.get(UUID!)).toMatchObject({ State: "Enabled" });
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
    // The files, read before anything else happens, hold every acknowledged value.
    const disk = onDisk().map((r) => r.config);
    const live = (await server.api.listAll({}, 50)).mappings;
    expect(disk.map((c) => [c.UUID, c.BatchSize, c.MaximumBatchingWindowInSeconds])).toEqual(live.map((m) => [m.UUID, m.BatchSize, m.MaximumBatchingWindowInSeconds]));
    expect(live.map((m) => m.UUID)).toEqual(uuids);
    expect(live.slice(1).map((m) => m.BatchSize)).toEqual(results.slice(1).map((_, i) => (i % 10) + 1));
    await stop(server);
    const restarted = await start();
    expect((await restarted.api.listAll({}, 50)).mappings).toEqual(live);
  });

  it("compacts a long journal into the snapshot in the background, and recovers the same state", async () => {
    const server = await start();
    const { UUID } = await server.api.create({ FunctionName: "big", EventSourceArn: arns.queue("big"), FilterCriteria: bigFilters(0) });
    // ~20 KB per line: past the 1 MiB threshold after about 50 updates.
    for (let i = 1; i <= 70; i++) await server.api.update({ UUID: UUID!, FilterCriteria: bigFilters(i), BatchSize: (i % 10) + 1 });
    await stop(server); // waits for a compaction under way
    expect(statSync(journal()).size).toBeLessThan(1 << 20);
    expect(readdirSync(join(dir, "state")).sort()).toEqual(["mappings.json", "mappings.json.journal"]);
    const restarted = await start();
    const got = await restarted.api.get(UUID!);
    expect([got.BatchSize, got.FilterCriteria]).toEqual([1, bigFilters(70)]);
  });

  it("ignores a torn last journal record (a crash cut the write short; it was never acknowledged)", async () => {
    const first = await start();
    const kept = await first.api.create({ FunctionName: "x", EventSourceArn: arns.queue("x") });
    await stop(first);
    appendFileSync(journal(), '1234abcd {"put":{"seq":9,"source":"sqs","enabled":true,"config":{"UUID":"half');
    const second = await start();
    expect((await second.api.list()).EventSourceMappings!.map((m) => m.UUID)).toEqual([kept.UUID]);
    await stop(second);
    // A damaged record with valid ones after it is not a torn write: refusing to start beats silently dropping them.
    const later = await start();
    const extra = await later.api.create({ FunctionName: "y", EventSourceArn: arns.queue("y") });
    await later.api.update({ UUID: extra.UUID!, BatchSize: 2 });
    await stop(later);
    const now = readFileSync(journal(), "utf8").split("\n");
    now[1] = now[1]!.replace('"BatchSize":10', '"BatchSize":11'); // its checksum no longer matches
    writeFileSync(journal(), now.join("\n"));
    await expect(startLocalLambda({ dataFile })).rejects.toThrow(/journal .*mappings\.json\.journal line 2 \(byte \d+\) is corrupt \(checksum or format\) and 1 lines follow it/);
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
    expect(readdirSync(join(dir, "state")).sort()).toEqual(["mappings.json", "mappings.json.journal"]);
  });

  it("refuses to start on a file that is not a snapshot rather than discard it", async () => {
    writeFileSync(join(dir, "garbage.json"), "{not json");
    await expect(startLocalLambda({ dataFile: join(dir, "garbage.json") })).rejects.toThrow(/is not valid JSON/);
    writeFileSync(join(dir, "other.json"), '{"hello":"world"}');
    await expect(startLocalLambda({ dataFile: join(dir, "other.json") })).rejects.toThrow(/not a local Lambda snapshot/);
    writeFileSync(join(dir, "lines.json"), "00000000 {}\n");
    await expect(startLocalLambda({ dataFile: join(dir, "lines.json") })).rejects.toThrow(/not a local Lambda snapshot/);
    expect(readFileSync(join(dir, "garbage.json"), "utf8")).toBe("{not json");
  });
});

describe("a failed write", () => {
  it("answers 500 ServiceException saying why (no server path), changes nothing, and later writes succeed", async () => {
    const server = await start();
    const kept = await server.api.create({ FunctionName: "kept", EventSourceArn: arns.queue("kept") });
    rmSync(join(dir, "state"), { recursive: true }); // the next write cannot create its files
    const error = await failure(server.api.create({ FunctionName: "lost", EventSourceArn: arns.queue("lost") }));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ServiceException", 500]);
    expect(error.message).toBe("The service could not save the change: the data file's folder no longer exists (ENOENT). Nothing was changed. Please try again.");
    expect(error.message).not.toContain(dir);
    expect((await server.api.list()).EventSourceMappings!.map((m) => m.UUID)).toEqual([kept.UUID]);
    mkdirSync(join(dir, "state"));
    // The journal is gone with its folder: the state is written again as a snapshot before the next change.
    const later = await server.api.create({ FunctionName: "lost", EventSourceArn: arns.queue("lost") });
    expect(diskUuids()).toEqual([kept.UUID, later.UUID]);
    await stop(server);
    const restarted = await start();
    expect((await restarted.api.list()).EventSourceMappings!.map((m) => m.UUID)).toEqual([kept.UUID, later.UUID]);
  });

  it("when the disk is full: a start-up that cannot write fails clearly; a running service answers 500 'the disk is full'", async () => {
    if (!existsSync("/dev/full")) return; // Linux's always-full device
    mkdirSync(join(dir, "state"));
    symlinkSync("/dev/full", journal());
    await expect(startLocalLambda({ dataFile })).rejects.toThrow(/^startLocalLambda: cannot write the journal .*mappings\.json\.journal: the disk is full \(ENOSPC/);
    unlinkSync(journal());

    const server = await start();
    const kept = await server.api.create({ FunctionName: "kept", EventSourceArn: arns.queue("kept") });
    unlinkSync(journal());
    symlinkSync("/dev/full", journal());
    const error = await failure(server.api.update({ UUID: kept.UUID!, BatchSize: 7 }));
    expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual([
      "ServiceException",
      500,
      "The service could not save the change: the disk is full (ENOSPC). Nothing was changed. Please try again.",
    ]);
    expect((await server.api.get(kept.UUID!)).BatchSize).toBe(10);
    unlinkSync(journal()); // space again
    await server.api.update({ UUID: kept.UUID!, BatchSize: 8 });
    await stop(server);
    const restarted = await start();
    expect((await restarted.api.get(kept.UUID!)).BatchSize).toBe(8);
  });

  it("is never visible: Gets made while the write is under way see the durable state only", async () => {
    if (spawnSync("mkfifo", ["--help"]).status !== 0) return; // needs a FIFO to hold the write open
    const server = await start();
    const { UUID } = await server.api.create({ FunctionName: "fn", EventSourceArn: arns.queue("q") });
    await server.api.update({ UUID: UUID!, BatchSize: 5 });
    // The journal becomes a FIFO: the next write blocks in open() until a reader comes, then fails (fdatasync on a
    // FIFO is EINVAL). The reader stays open until the write failed: opened and closed at once, it could come before
    // the writer reached open() (a busy disk slows the snapshot written first), which would then block for ever.
    unlinkSync(journal());
    expect(spawnSync("mkfifo", [journal()]).status).toBe(0);
    const update = failure(server.api.update({ UUID: UUID!, BatchSize: 9 }));
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      seen.push((await server.api.get(UUID!)).BatchSize!);
      seen.push((await server.api.list()).EventSourceMappings![0]!.BatchSize!);
    }
    const reader = openSync(journal(), constants.O_RDONLY | constants.O_NONBLOCK); // the writer opens, then its write fails
    const error = await update.finally(() => closeSync(reader));
    expect([error.name, error.message]).toEqual(["ServiceException", expect.stringContaining("Nothing was changed")]);
    expect(new Set(seen)).toEqual(new Set([5]));
    unlinkSync(journal());
    expect((await server.api.get(UUID!)).BatchSize).toBe(5);
    await server.api.update({ UUID: UUID!, BatchSize: 6 });
    expect((await server.api.get(UUID!)).BatchSize).toBe(6);
  });
});
