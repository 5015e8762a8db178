import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyEventSourceMappings,
  planEventSourceMappings,
  EventSourceMappingApplyError,
  EventSourceMappingPlanError,
  type DesiredEventSourceMapping,
} from "../../src/index.js";
import { ListEventSourceMappingsCommand, CreateEventSourceMappingCommand, GetEventSourceMappingCommand } from "../../src/index.js";
import type { LambdaClient } from "../../src/client/lambda-client.js";
import type { LocalLambda } from "../../src/local/index.js";
import { ACCOUNT, FAST_WAIT, clientFor, kinesis, msk, sqs, startLocal } from "./support.js";

// Plan and apply against the local service over loopback HTTP. Each test uses its own function names, so the
// tests share one service without seeing each other's mappings.
let local: LocalLambda;
let client: LambdaClient;
beforeAll(async () => {
  local = await startLocal();
  client = clientFor(local);
});
afterAll(async () => {
  client.destroy();
  await local.close();
});

const apply = (desired: DesiredEventSourceMapping[], options: Parameters<typeof applyEventSourceMappings>[2] = {}) =>
  applyEventSourceMappings(client, desired, { wait: FAST_WAIT, ...options });
const listFor = async (fn: string) => (await client.send(new ListEventSourceMappingsCommand({ FunctionName: fn }))).EventSourceMappings ?? [];

describe("applyEventSourceMappings against the local service", () => {
  it("creates every mapping from empty, waits until each is stable, then a second apply changes nothing", async () => {
    const desired: DesiredEventSourceMapping[] = [
      { FunctionName: "create-fn", EventSourceArn: sqs("create-q"), BatchSize: 5 },
      { FunctionName: "create-fn", EventSourceArn: kinesis("create-s"), StartingPosition: "LATEST", Enabled: false },
      { FunctionName: "create-fn", EventSourceArn: msk("create-c"), Topics: ["orders"], StartingPosition: "TRIM_HORIZON" },
    ];
    const first = await apply(desired);
    expect(first.plan.summary).toMatchObject({ create: 3, update: 0, unchanged: 0 });
    expect(first.results.map((r) => r.outcome)).toEqual(["created", "created", "created"]);
    expect(first.results.map((r) => r.configuration?.State)).toEqual(["Enabled", "Disabled", "Enabled"]);
    expect(first.results[0]!.configuration).toMatchObject({ BatchSize: 5, EventSourceArn: sqs("create-q") });
    expect(first.changed).toBe(true);
    expect(first.message).toBe("3 created.");
    const before = await listFor("create-fn");
    expect(before).toHaveLength(3);

    const second = await apply(desired);
    expect(second.changed).toBe(false);
    expect(second.message).toBe("No changes.");
    expect(second.plan.hasChanges).toBe(false);
    expect(second.results.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    const after = await listFor("create-fn");
    expect(after.map((m) => [m.UUID, m.LastModified?.getTime()])).toEqual(before.map((m) => [m.UUID, m.LastModified?.getTime()]));
  });

  it("plans an update member by member (old -> new) and applies exactly those members", async () => {
    await apply([{ FunctionName: "update-fn", EventSourceArn: sqs("update-q"), BatchSize: 10 }]);
    const desired: DesiredEventSourceMapping[] = [
      { FunctionName: "update-fn", EventSourceArn: sqs("update-q"), BatchSize: 50, MaximumBatchingWindowInSeconds: 2, Enabled: false },
    ];
    const plan = await planEventSourceMappings(client, desired);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]!.action).toBe("update");
    expect(plan.changes[0]!.mapping).toBe(`update-fn <- ${sqs("update-q")}`);
    expect(plan.changes[0]!.changes).toEqual([
      { member: "BatchSize", old: 10, new: 50 },
      { member: "MaximumBatchingWindowInSeconds", old: 0, new: 2 },
      { member: "Enabled", old: true, new: false },
    ]);
    const result = await apply(desired);
    expect(result.results[0]).toMatchObject({ outcome: "updated", configuration: { BatchSize: 50, MaximumBatchingWindowInSeconds: 2, State: "Disabled" } });
    expect((await planEventSourceMappings(client, desired)).hasChanges).toBe(false);
  });

  it("compares with the service's defaults and normalizes filter patterns, lists and function names", async () => {
    const arn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:norm-fn`;
    await client.send(
      new CreateEventSourceMappingCommand({
        FunctionName: "norm-fn",
        EventSourceArn: sqs("norm-q"),
        FilterCriteria: { Filters: [{ Pattern: '{"body":{"type":["a","b"]},"attributes":{"x":["1"]}}' }, { Pattern: '{"body":{"n":[{"numeric":[">",1]}]}}' }] },
        FunctionResponseTypes: ["ReportBatchItemFailures"],
      }),
    );
    const same: DesiredEventSourceMapping = {
      FunctionName: arn, // the full ARN names the mapping created by name
      EventSourceArn: sqs("norm-q"),
      BatchSize: 10, // the SQS default, stated
      FilterCriteria: { Filters: [{ Pattern: '{ "body": {"n": [{"numeric": [">", 1]}]} }' }, { Pattern: '{"attributes":{"x":["1"]},"body":{"type":["b","a"]}}' }] },
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    };
    expect((await planEventSourceMappings(client, [same])).changes.map((c) => c.action)).toEqual(["unchanged"]);
    const partial = { ...same, FunctionName: `${ACCOUNT}:function:norm-fn` };
    expect((await planEventSourceMappings(client, [partial])).changes.map((c) => c.action)).toEqual(["unchanged"]);
    // An alias-qualified ARN is another mapping (the service keeps function and alias mappings apart).
    expect((await planEventSourceMappings(client, [{ ...same, FunctionName: `${arn}:live` }])).changes.map((c) => c.action)).toEqual(["create"]);

    const changed = await planEventSourceMappings(client, [{ ...same, FilterCriteria: { Filters: [{ Pattern: '{"body":{"type":["c"]}}' }] } }]);
    expect(changed.changes[0]!.changes.map((c) => c.member)).toEqual(["FilterCriteria"]);
  });

  it("reverts an omitted member to the service default (leaving it out is not 'keep whatever is there')", async () => {
    await apply([{ FunctionName: "default-fn", EventSourceArn: kinesis("default-s"), StartingPosition: "LATEST", BatchSize: 7, ParallelizationFactor: 3 }]);
    const plan = await planEventSourceMappings(client, [{ FunctionName: "default-fn", EventSourceArn: kinesis("default-s"), StartingPosition: "LATEST" }]);
    expect(plan.changes[0]!.changes).toEqual([
      { member: "BatchSize", old: 7, new: 100 },
      { member: "ParallelizationFactor", old: 3, new: 1 },
    ]);
  });

  it("reports create-only members as replace with the reason, and replaces only with allowReplace", async () => {
    const old: DesiredEventSourceMapping = { FunctionName: "replace-fn", EventSourceArn: kinesis("replace-s"), StartingPosition: "LATEST", BatchSize: 20 };
    const [created] = (await apply([old])).results;
    const desired = { ...old, StartingPosition: "TRIM_HORIZON" as const, BatchSize: 30 };
    const plan = await planEventSourceMappings(client, [desired]);
    expect(plan.changes[0]!.action).toBe("replace");
    expect(plan.changes[0]!.replaceReasons).toEqual([
      expect.objectContaining({ member: "StartingPosition", old: "LATEST", new: "TRIM_HORIZON", reason: expect.stringMatching(/StartingPosition cannot change in place/) }),
    ]);
    expect(plan.changes[0]!.changes).toEqual([{ member: "BatchSize", old: 20, new: 30 }]);

    const refused = await apply([desired]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EventSourceMappingApplyError);
    expect((refused as EventSourceMappingApplyError).member).toBe("StartingPosition");
    expect((refused as EventSourceMappingApplyError).done).toEqual([]);
    expect((refused as Error).message).toMatch(/replace-fn <- .*replace-s.*allowReplace.*Nothing was changed/);
    expect((await listFor("replace-fn")).map((m) => m.UUID)).toEqual([created!.configuration!.UUID]);

    const replaced = await apply([desired], { allowReplace: true });
    expect(replaced.results[0]!.outcome).toBe("replaced");
    expect(replaced.results[0]!.configuration).toMatchObject({ StartingPosition: "TRIM_HORIZON", BatchSize: 30, State: "Enabled" });
    const now = await listFor("replace-fn");
    expect(now).toHaveLength(1);
    expect(now[0]!.UUID).not.toBe(created!.configuration!.UUID);
  });

  it("reports a Kafka consumer group id change as replace (documented as fixed after create)", async () => {
    const base = { FunctionName: "group-fn", EventSourceArn: msk("group-c"), Topics: ["events"], StartingPosition: "LATEST" as const };
    await apply([{ ...base, AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: "first" } }]);
    const plan = await planEventSourceMappings(client, [{ ...base, AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: "second" } }]);
    expect(plan.changes[0]!.action).toBe("replace");
    expect(plan.changes[0]!.replaceReasons.map((r) => [r.member, r.old, r.new])).toEqual([["AmazonManagedKafkaEventSourceConfig.ConsumerGroupId", "first", "second"]]);
    // Leaving the group id out does not manage it (the service picked one).
    expect((await planEventSourceMappings(client, [base])).hasChanges).toBe(false);
  });

  it("deletes only with prune, and only in the named scope", async () => {
    await apply([
      { FunctionName: "prune-a", EventSourceArn: sqs("prune-keep") },
      { FunctionName: "prune-a", EventSourceArn: sqs("prune-extra") },
      { FunctionName: "prune-b", EventSourceArn: sqs("prune-other") },
    ]);
    const desired: DesiredEventSourceMapping[] = [{ FunctionName: "prune-a", EventSourceArn: sqs("prune-keep") }];
    const noPrune = await apply(desired);
    expect(noPrune.plan.summary.delete).toBe(0);
    expect(await listFor("prune-a")).toHaveLength(2);

    const pruned = await apply(desired, { prune: { function: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:prune-a` } });
    expect(pruned.results.map((r) => [r.outcome, r.mapping])).toEqual([
      ["unchanged", `prune-a <- ${sqs("prune-keep")}`],
      ["deleted", `arn:aws:lambda:us-east-1:${ACCOUNT}:function:prune-a <- ${sqs("prune-extra")}`],
    ]);
    expect((await listFor("prune-a")).map((m) => m.EventSourceArn)).toEqual([sqs("prune-keep")]);
    expect((await listFor("prune-b")).map((m) => m.EventSourceArn)).toEqual([sqs("prune-other")]);
  });

  it("prunes by tag through a tag reader", async () => {
    const tagged = new Map<string, Record<string, string>>();
    for (const [queue, team] of [["tag-1", "blue"], ["tag-2", "blue"], ["tag-3", "red"]] as const) {
      const m = await client.send(new CreateEventSourceMappingCommand({ FunctionName: "tag-fn", EventSourceArn: sqs(queue), Tags: { team } }));
      tagged.set(m.EventSourceMappingArn!, { team });
    }
    const plan = await planEventSourceMappings(client, [{ FunctionName: "tag-fn", EventSourceArn: sqs("tag-1") }], {
      prune: { tag: { key: "team", value: "blue" }, readTags: async (arn) => tagged.get(arn) },
    });
    expect(plan.changes.map((c) => [c.action, c.current?.EventSourceArn])).toEqual([
      ["unchanged", sqs("tag-1")],
      ["delete", sqs("tag-2")],
    ]);
  });

  it("stops at a failure and reports what was done and what was not, naming the mapping and member", async () => {
    const strict = await startLocal({ functions: ["exists-fn"] });
    const strictClient = clientFor(strict);
    try {
      const desired: DesiredEventSourceMapping[] = [
        { FunctionName: "exists-fn", EventSourceArn: sqs("mid-1") },
        { FunctionName: "missing-fn", EventSourceArn: sqs("mid-2") },
        { FunctionName: "exists-fn", EventSourceArn: sqs("mid-3") },
      ];
      const error = (await applyEventSourceMappings(strictClient, desired, { wait: FAST_WAIT }).catch((e: unknown) => e)) as EventSourceMappingApplyError;
      expect(error).toBeInstanceOf(EventSourceMappingApplyError);
      expect(error.mapping).toBe(`missing-fn <- ${sqs("mid-2")}`);
      const cause = error.cause as Error;
      expect(error.message).toBe(`Could not create missing-fn <- ${sqs("mid-2")}: ${cause.name}: ${cause.message} — done before it: 1 created; 2 not done.`);
      expect(error.done.map((d) => [d.outcome, d.mapping])).toEqual([["created", `exists-fn <- ${sqs("mid-1")}`]]);
      expect(error.notDone.map((d) => d.mapping)).toEqual([`missing-fn <- ${sqs("mid-2")}`, `exists-fn <- ${sqs("mid-3")}`]);
      expect(((await strictClient.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings ?? []).map((m) => m.EventSourceArn)).toEqual([sqs("mid-1")]);
    } finally {
      strictClient.destroy();
      await strict.close();
    }
  });

  it("rejects an invalid or ambiguous desired list before any request, naming the mapping and member", async () => {
    const bad = await planEventSourceMappings(client, [{ FunctionName: "v-fn", EventSourceArn: sqs("v-q"), BatchSize: 0 }]).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(EventSourceMappingPlanError);
    expect(bad).toMatchObject({ mapping: `v-fn <- ${sqs("v-q")}`, member: "BatchSize" });
    const twice = await planEventSourceMappings(client, [
      { FunctionName: "v-fn", EventSourceArn: sqs("v-q") },
      { FunctionName: "v-fn", EventSourceArn: sqs("v-q"), BatchSize: 3 },
    ]).catch((e: unknown) => e);
    expect((twice as Error).message).toMatch(/#1 and #2 are the same mapping/);
  });

  it("dryRun returns the plan and changes nothing", async () => {
    const result = await apply([{ FunctionName: "dry-fn", EventSourceArn: sqs("dry-q") }], { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, changed: false, results: [], message: "Plan: 1 to create." });
    expect(await listFor("dry-fn")).toEqual([]);
  });

  it("concurrent applies of the same input end with one mapping each and every change made", async () => {
    const desired: DesiredEventSourceMapping[] = [
      { FunctionName: "race-fn", EventSourceArn: sqs("race-1"), BatchSize: 4 },
      { FunctionName: "race-fn", EventSourceArn: sqs("race-2"), BatchSize: 6 },
      { FunctionName: "race-fn", EventSourceArn: kinesis("race-s"), StartingPosition: "LATEST", BatchSize: 9 },
    ];
    const clients = [clientFor(local), clientFor(local), clientFor(local)];
    try {
      const runs = await Promise.all(clients.map((c) => applyEventSourceMappings(c, desired, { wait: FAST_WAIT })));
      const mappings = await listFor("race-fn");
      expect(mappings.map((m) => `${m.EventSourceArn} ${m.BatchSize}`).sort()).toEqual([`${kinesis("race-s")} 9`, `${sqs("race-1")} 4`, `${sqs("race-2")} 6`]);
      // Each mapping was created exactly once across the runs; the others found it and had nothing to do.
      for (let i = 0; i < desired.length; i++) expect(runs.filter((r) => r.results.find((x) => x.mapping === r.plan.changes[i]!.mapping)!.outcome === "created")).toHaveLength(1);

      // Then concurrent updates of the same new file: both converge, no change is lost.
      const next = desired.map((d) => ({ ...d, BatchSize: d.BatchSize! + 1 }));
      await Promise.all(clients.map((c) => applyEventSourceMappings(c, next, { wait: FAST_WAIT })));
      expect((await listFor("race-fn")).map((m) => `${m.EventSourceArn} ${m.BatchSize}`).sort()).toEqual([`${kinesis("race-s")} 10`, `${sqs("race-1")} 5`, `${sqs("race-2")} 7`]);
      expect((await planEventSourceMappings(client, next)).hasChanges).toBe(false);
    } finally {
      clients.forEach((c) => c.destroy());
    }
  });

  it("waits out a mapping that is still deleting before creating it again", async () => {
    const slow = await startLocal({ transitionDelayMs: 300 });
    const slowClient = clientFor(slow);
    try {
      const desired = [{ FunctionName: "del-fn", EventSourceArn: sqs("del-q") }];
      const [first] = (await applyEventSourceMappings(slowClient, desired, { wait: FAST_WAIT })).results;
      const { DeleteEventSourceMappingCommand } = await import("../../src/index.js");
      await slowClient.send(new DeleteEventSourceMappingCommand({ UUID: first!.configuration!.UUID! }));
      const plan = await planEventSourceMappings(slowClient, desired);
      expect(plan.changes[0]).toMatchObject({ action: "create", current: { State: "Deleting" } });
      const again = await applyEventSourceMappings(slowClient, desired, { wait: FAST_WAIT });
      expect(again.results[0]!.outcome).toBe("created");
      const got = await slowClient.send(new GetEventSourceMappingCommand({ UUID: again.results[0]!.configuration!.UUID! }));
      expect(got.State).toBe("Enabled");
    } finally {
      slowClient.destroy();
      await slow.close();
    }
  });
});
