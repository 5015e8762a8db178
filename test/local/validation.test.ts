import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import type { CreateEventSourceMappingRequest } from "../../src/models/shapes.js";
import { arns, failure, oursApi, sdkApi, type EsmApi } from "./support/clients.js";
import { ESM_PATH, sendSigned } from "./support/raw-http.js";

// The SDK does not validate inputs client-side, so everything below is the server's own checking.
let local: LocalLambda;
let api: EsmApi;
beforeAll(async () => {
  local = await startLocalLambda({ functions: ["known-fn", "arn:aws:lambda:us-east-1:123456789012:function:other-fn"] });
  api = sdkApi(local);
});
afterAll(async () => {
  api.destroy();
  await local.close();
});

async function rejection(input: CreateEventSourceMappingRequest): Promise<string> {
  const error = await failure(api.create(input));
  expect(error.name).toBe("InvalidParameterValueException");
  expect(error.$metadata.httpStatusCode).toBe(400);
  expect(error.Type).toBe("User");
  return error.message;
}

const fn = "known-fn";

describe("per-source rules", () => {
  it("requires StartingPosition for Kinesis, DynamoDB, MSK and self-managed Kafka", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.stream() })).toBe("StartingPosition is required for Kinesis event sources.");
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.table() })).toBe("StartingPosition is required for DynamoDB Streams event sources.");
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.msk(), Topics: ["orders"] })).toBe("StartingPosition is required for Amazon MSK event sources.");
    expect(
      await rejection({ FunctionName: fn, SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["broker-1.example.com:9092"] } }, Topics: ["orders"] }),
    ).toBe("StartingPosition is required for self-managed Apache Kafka event sources.");
  });

  it("rejects StartingPosition for SQS and MQ", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue(), StartingPosition: "LATEST" })).toBe("StartingPosition is not valid for SQS event sources.");
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.mq(), Queues: ["q1"], StartingPosition: "LATEST" })).toBe(
      "StartingPosition is not valid for Amazon MQ event sources.",
    );
  });

  it("ties AT_TIMESTAMP to StartingPositionTimestamp and keeps it off DynamoDB", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.stream(), StartingPosition: "AT_TIMESTAMP" })).toBe(
      "StartingPositionTimestamp is required when StartingPosition is AT_TIMESTAMP.",
    );
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.table(), StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: new Date() })).toBe(
      "StartingPosition AT_TIMESTAMP is not valid for DynamoDB Streams event sources.",
    );
    const at = new Date("2026-01-02T03:04:05.000Z");
    const ok = await api.create({ FunctionName: fn, EventSourceArn: arns.stream("ts"), StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: at });
    expect(ok.StartingPositionTimestamp).toEqual(at);
  });

  it("needs a batching window of at least 1 s for SQS batches over 10", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue("big"), BatchSize: 11 })).toBe(
      "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10",
    );
    const ok = await api.create({ FunctionName: fn, EventSourceArn: arns.queue("big"), BatchSize: 500, MaximumBatchingWindowInSeconds: 1 });
    expect(ok.BatchSize).toBe(500);
    // The rule holds against the stored values on update too, and a refused update changes nothing.
    const refused = await failure(api.update({ UUID: ok.UUID!, MaximumBatchingWindowInSeconds: 0 }));
    expect(refused.message).toBe("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
    expect(await api.get(ok.UUID!)).toMatchObject({ BatchSize: 500, MaximumBatchingWindowInSeconds: 1, State: "Enabled" });
  });

  it("keeps stream-only settings off SQS", async () => {
    for (const extra of [{ ParallelizationFactor: 2 }, { BisectBatchOnFunctionError: true }, { TumblingWindowInSeconds: 30 }, { MaximumRecordAgeInSeconds: 60 }]) {
      const member = Object.keys(extra)[0];
      expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue(), ...extra })).toBe(`${member} is not valid for SQS event sources.`);
    }
    const { UUID } = await api.create({ FunctionName: fn, EventSourceArn: arns.queue("only-sqs") });
    expect((await failure(api.update({ UUID: UUID!, ParallelizationFactor: 2 }))).message).toBe("ParallelizationFactor is not valid for SQS event sources.");
  });

  it("rejects an event source Lambda cannot poll, and a missing one", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: "arn:aws:s3:::my-bucket" })).toMatch(/^Unrecognized event source/);
    expect(await rejection({ FunctionName: fn })).toBe("Either EventSourceArn or SelfManagedEventSource must be specified.");
  });
});

describe("FilterCriteria", () => {
  it("rejects an invalid pattern with Lambda's message", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue("f"), FilterCriteria: { Filters: [{ Pattern: '{"body":{"price":[{"numeric":[">",10,"<",5]}]}}' }] } })).toBe(
      "Invalid filter pattern definition.",
    );
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue("f"), FilterCriteria: { Filters: [{ Pattern: "not json" }] } })).toBe(
      "Invalid filter pattern definition.",
    );
  });

  it("allows 5 filters by default and more when maxFilters says so", async () => {
    const filters = (n: number) => ({ Filters: Array.from({ length: n }, (_, i) => ({ Pattern: `{"body":{"n":[${i}]}}` })) });
    await api.create({ FunctionName: fn, EventSourceArn: arns.queue("five"), FilterCriteria: filters(5) });
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue("six"), FilterCriteria: filters(6) })).toMatch(/exceeds the limit of 5 filters/);
    const roomy = await startLocalLambda({ maxFilters: 10 });
    const roomyApi = sdkApi(roomy);
    try {
      expect((await roomyApi.create({ FunctionName: fn, EventSourceArn: arns.queue("six"), FilterCriteria: filters(6) })).FilterCriteria?.Filters).toHaveLength(6);
    } finally {
      roomyApi.destroy();
      await roomy.close();
    }
  });
});

describe("model constraints (the generated tables the client uses)", () => {
  it("reject out-of-range numbers and bad patterns, naming the member", async () => {
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue(), BatchSize: 0 })).toMatch(/^1 validation error detected: Value at 'BatchSize'.*1 and 10000/);
    expect(await rejection({ FunctionName: fn, EventSourceArn: arns.queue(), MaximumBatchingWindowInSeconds: 301 })).toContain("'MaximumBatchingWindowInSeconds'");
    expect(await rejection({ FunctionName: "bad name!", EventSourceArn: arns.queue() })).toContain("'FunctionName'");
    const list = await failure(api.list({ MaxItems: 10001 }));
    expect([list.name, list.message]).toEqual(["InvalidParameterValueException", expect.stringContaining("'MaxItems'")]);
  });

  it("are the same checks this client makes before sending (so it never sends what the server refuses)", async () => {
    const ours = oursApi(local);
    try {
      const error = await failure(ours.create({ FunctionName: fn, EventSourceArn: arns.queue(), BatchSize: 0 }));
      expect(error.name).toBe("InvalidParameterValueException");
      expect(error.message).toContain("nothing was sent");
    } finally {
      ours.destroy();
    }
  });
});

describe("functions allow-list", () => {
  it("answers 404 'Function not found' for other functions, by any name form", async () => {
    const error = await failure(api.create({ FunctionName: "ghost-fn", EventSourceArn: arns.queue() }));
    expect([error.name, error.message, error.$metadata.httpStatusCode]).toEqual([
      "ResourceNotFoundException",
      "Function not found: arn:aws:lambda:us-east-1:123456789012:function:ghost-fn",
      404,
    ]);
    await api.create({ FunctionName: "other-fn:live", EventSourceArn: arns.queue("allow") });
    await api.create({ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:known-fn", EventSourceArn: arns.queue("allow") });
  });
});

describe("error bodies on the wire", () => {
  it("InvalidParameterValueException has x-amzn-errortype and {Type, message}", async () => {
    const body = JSON.stringify({ FunctionName: fn, EventSourceArn: arns.queue(), StartingPosition: "LATEST" });
    const res = await sendSigned(local, { method: "POST", path: ESM_PATH, body, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("InvalidParameterValueException");
    expect(res.json).toEqual({ Type: "User", message: "StartingPosition is not valid for SQS event sources." });
  });

  it("ResourceNotFoundException has {Type, Message}", async () => {
    const res = await sendSigned(local, { method: "GET", path: `${ESM_PATH}/0f8d2a5e-0000-4000-8000-000000000000` });
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(res.text).toBe('{"Type":"User","Message":"The resource you requested does not exist."}');
  });
});
