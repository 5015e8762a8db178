import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { apiFactories, arns, failure, type EsmApi } from "./support/clients.js";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(apiFactories)("mapping lifecycle through $library", ({ make }) => {
  // `instant` ends every transition at once (reads see the final state); `slow` never ends one during a test.
  let instant: LocalLambda;
  let slow: LocalLambda;
  let api: EsmApi;
  let slowApi: EsmApi;

  beforeAll(async () => {
    instant = await startLocalLambda({ transitionDelayMs: 0 });
    slow = await startLocalLambda({ transitionDelayMs: 600_000 });
    api = make(instant);
    slowApi = make(slow);
  });
  afterAll(async () => {
    api.destroy();
    slowApi.destroy();
    await Promise.all([instant.close(), slow.close()]);
  });

  it("creates an SQS mapping in Creating with the service's SQS defaults, then it is Enabled", async () => {
    const created = await api.create({ FunctionName: "orders-fn", EventSourceArn: arns.queue("q-defaults") });
    expect(created.$metadata.httpStatusCode).toBe(202);
    expect(created.UUID).toMatch(UUID_RE);
    expect(created).toMatchObject({
      State: "Creating",
      StateTransitionReason: "USER_INITIATED",
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0,
      FunctionResponseTypes: [],
      EventSourceArn: arns.queue("q-defaults"),
      FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:orders-fn",
      EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${created.UUID}`,
    });
    expect(created.LastModified).toBeInstanceOf(Date);
    expect(created).not.toHaveProperty("LastProcessingResult");
    expect(created).not.toHaveProperty("StartingPosition");
    expect(created).not.toHaveProperty("ParallelizationFactor");
    const got = await api.get(created.UUID!);
    expect(got.$metadata.httpStatusCode).toBe(200);
    expect(got.State).toBe("Enabled");
  });

  it("creates a Kinesis mapping with the stream defaults", async () => {
    const created = await api.create({ FunctionName: "clicks-fn", EventSourceArn: arns.stream("s-defaults"), StartingPosition: "TRIM_HORIZON" });
    expect(created).toMatchObject({
      State: "Creating",
      StartingPosition: "TRIM_HORIZON",
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      ParallelizationFactor: 1,
      LastProcessingResult: "No records processed",
      DestinationConfig: { OnFailure: {} },
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
      MaximumRetryAttempts: -1,
      TumblingWindowInSeconds: 0,
      FunctionResponseTypes: [],
    });
    expect(created.StateTransitionReason).toBe("User action");
  });

  it("creates DynamoDB, MSK and MQ mappings with their defaults", async () => {
    const table = await api.create({ FunctionName: "users-fn", EventSourceArn: arns.table(), StartingPosition: "LATEST" });
    expect(table).toMatchObject({ BatchSize: 100, ParallelizationFactor: 1, LastProcessingResult: "No records processed" });
    const msk = await api.create({ FunctionName: "kafka-fn", EventSourceArn: arns.msk(), StartingPosition: "LATEST", Topics: ["payments"] });
    expect(msk).toMatchObject({ BatchSize: 100, Topics: ["payments"], AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: msk.UUID } });
    const mq = await api.create({
      FunctionName: "mq-fn",
      EventSourceArn: arns.mq(),
      Queues: ["jobs"],
      SourceAccessConfigurations: [{ Type: "BASIC_AUTH", URI: "arn:aws:secretsmanager:us-east-1:123456789012:secret:mq" }],
    });
    expect(mq).toMatchObject({ BatchSize: 100, Queues: ["jobs"] });
  });

  it("fills FunctionArn from a partial ARN and keeps a qualifier", async () => {
    const partial = await api.create({ FunctionName: "210987654321:function:partial-fn", EventSourceArn: arns.queue("q-partial") });
    expect(partial.FunctionArn).toBe("arn:aws:lambda:us-east-1:210987654321:function:partial-fn");
    const qualified = await api.create({ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:aliased:live", EventSourceArn: arns.queue("q-partial") });
    expect(qualified.FunctionArn).toBe("arn:aws:lambda:us-east-1:123456789012:function:aliased:live");
    const alias = await api.create({ FunctionName: "aliased:canary", EventSourceArn: arns.queue("q-partial") });
    expect(alias.FunctionArn).toBe("arn:aws:lambda:us-east-1:123456789012:function:aliased:canary");
  });

  it("creates a disabled mapping that is Disabled at once, as the service answers", async () => {
    const created = await slowApi.create({ FunctionName: "off-fn", EventSourceArn: arns.queue("q-off"), Enabled: false });
    expect(created.State).toBe("Disabled");
    expect((await slowApi.get(created.UUID!)).State).toBe("Disabled");
  });

  it("updates through Disabling, Enabling and Updating, keeping what was not changed", async () => {
    const { UUID } = await api.create({ FunctionName: "upd-fn", EventSourceArn: arns.queue("q-upd"), BatchSize: 5 });
    const disabling = await api.update({ UUID: UUID!, Enabled: false });
    expect(disabling.$metadata.httpStatusCode).toBe(202);
    expect(disabling.State).toBe("Disabling");
    expect((await api.get(UUID!)).State).toBe("Disabled");
    expect((await api.update({ UUID: UUID!, Enabled: true })).State).toBe("Enabling");
    const updating = await api.update({ UUID: UUID!, BatchSize: 7 });
    expect(updating).toMatchObject({ State: "Updating", BatchSize: 7, StateTransitionReason: "USER_INITIATED" });
    expect(await api.get(UUID!)).toMatchObject({ State: "Enabled", BatchSize: 7, MaximumBatchingWindowInSeconds: 0 });
  });

  it("clears FilterCriteria when updated with no filters", async () => {
    const { UUID } = await api.create({
      FunctionName: "filter-fn",
      EventSourceArn: arns.queue("q-filter"),
      FilterCriteria: { Filters: [{ Pattern: '{"body":{"kind":["order"]}}' }] },
    });
    expect((await api.get(UUID!)).FilterCriteria).toEqual({ Filters: [{ Pattern: '{"body":{"kind":["order"]}}' }] });
    await api.update({ UUID: UUID!, FilterCriteria: {} });
    expect(await api.get(UUID!)).not.toHaveProperty("FilterCriteria");
  });

  it("deletes through Deleting, after which the mapping is gone", async () => {
    const { UUID } = await api.create({ FunctionName: "del-fn", EventSourceArn: arns.queue("q-del") });
    const deleting = await api.delete(UUID!);
    expect(deleting.$metadata.httpStatusCode).toBe(202);
    expect(deleting).toMatchObject({ UUID, State: "Deleting" });
    const error = await failure(api.get(UUID!));
    expect(error.name).toBe("ResourceNotFoundException");
    expect(error.message).toBe("The resource you requested does not exist.");
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect((await failure(api.delete(UUID!))).name).toBe("ResourceNotFoundException");
  });

  it("refuses updates and deletes while a mapping is in a transitional state", async () => {
    const { UUID } = await slowApi.create({ FunctionName: "busy-fn", EventSourceArn: arns.queue("q-busy") });
    const update = await failure(slowApi.update({ UUID: UUID!, BatchSize: 3 }));
    expect(update.name).toBe("ResourceInUseException");
    expect(update.$metadata.httpStatusCode).toBe(400);
    const del = await failure(slowApi.delete(UUID!));
    expect(del.name).toBe("ResourceInUseException");
    expect(await slowApi.get(UUID!)).toMatchObject({ State: "Creating", BatchSize: 10 });
  });

  it("refuses a second mapping of the same function and queue with ResourceConflictException", async () => {
    const first = await api.create({ FunctionName: "dup-fn", EventSourceArn: arns.queue("q-dup") });
    const error = await failure(api.create({ FunctionName: "dup-fn", EventSourceArn: arns.queue("q-dup") }));
    expect(error.name).toBe("ResourceConflictException");
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toContain(first.UUID!);
    // Another function on the same queue is fine, as is the same function on another topic.
    await api.create({ FunctionName: "dup-fn-2", EventSourceArn: arns.queue("q-dup") });
    await api.create({ FunctionName: "dup-kafka", EventSourceArn: arns.msk("dup"), StartingPosition: "LATEST", Topics: ["topic-a"] });
    await api.create({ FunctionName: "dup-kafka", EventSourceArn: arns.msk("dup"), StartingPosition: "LATEST", Topics: ["topic-b"] });
    expect((await failure(api.create({ FunctionName: "dup-kafka", EventSourceArn: arns.msk("dup"), StartingPosition: "LATEST", Topics: ["topic-a"] }))).name).toBe(
      "ResourceConflictException",
    );
  });

  it("answers an unknown UUID with 404 ResourceNotFoundException on Get, Update and Delete", async () => {
    const calls = [() => api.get("00000000-0000-0000-0000-000000000000"), () => api.update({ UUID: "nope", BatchSize: 1 }), () => api.delete("nope")];
    for (const call of calls) {
      const error = await failure(call());
      expect(error.name).toBe("ResourceNotFoundException");
      expect(error.Type).toBe("User");
    }
  });
});

describe("transitions over time", () => {
  it("ends Creating after transitionDelayMs, as seen by polling", async () => {
    const local = await startLocalLambda({ transitionDelayMs: 100 });
    const api = apiFactories[0].make(local);
    try {
      const { UUID, LastModified } = await api.create({ FunctionName: "t-fn", EventSourceArn: arns.queue("t") });
      const states = new Set<string>();
      let current = await api.get(UUID!);
      while (current.State !== "Enabled") {
        states.add(current.State!);
        await new Promise((r) => setTimeout(r, 20));
        current = await api.get(UUID!);
      }
      expect([...states].every((s) => s === "Creating")).toBe(true);
      // The state change is stamped when the transition ended.
      expect(current.LastModified!.getTime() - LastModified!.getTime()).toBe(100);
    } finally {
      api.destroy();
      await local.close();
    }
  });
});
