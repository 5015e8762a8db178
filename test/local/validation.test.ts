import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import type { CreateEventSourceMappingRequest } from "../../src/models/shapes.js";
import { CREATE_ONLY_SUB_MEMBERS } from "../../src/apply/create-only-members.js";
import { NOT_UPDATABLE } from "../../src/local/source-rules.js";
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

// The per-source rules, each with its source, are in test/conformance/source-rules.ts; these pin a few behaviours.
describe("per-source rules", () => {
  it("checks a refused update against the stored values and changes nothing", async () => {
    const ok = await api.create({ FunctionName: fn, EventSourceArn: arns.queue("big"), BatchSize: 500, MaximumBatchingWindowInSeconds: 1 });
    const refused = await failure(api.update({ UUID: ok.UUID!, MaximumBatchingWindowInSeconds: 0 }));
    expect(refused.message).toBe("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
    expect(await api.get(ok.UUID!)).toMatchObject({ BatchSize: 500, MaximumBatchingWindowInSeconds: 1, State: "Enabled" });
    const { UUID } = await api.create({ FunctionName: fn, EventSourceArn: arns.queue("only-sqs") });
    expect((await failure(api.update({ UUID: UUID!, ParallelizationFactor: 2 }))).message).toBe("Unsupported 'parallelizationFactor' parameter for given event source mapping type.");
  });

  it("refuses on Update exactly the sub-members that apply replaces a mapping for (fixed at create)", () => {
    const createOnly = Object.entries(CREATE_ONLY_SUB_MEMBERS).flatMap(([config, members]) => members.map((m) => `${config}.${m}`));
    expect(Object.keys(NOT_UPDATABLE).sort()).toEqual(createOnly.sort());
  });

  it("leaves a Kafka mapping unchanged when an Update names its consumer group", async () => {
    const base = { FunctionName: fn, Topics: ["orders"], SourceAccessConfigurations: [{ Type: "BASIC_AUTH" as const, URI: "arn:aws:secretsmanager:us-east-1:123456789012:secret:k" }] };
    const made = await api.create({ ...base, SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["fixed-group:9092"] } }, SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "first" } });
    const refused = await failure(api.update({ UUID: made.UUID!, BatchSize: 5, SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "second" } }));
    expect(refused.message).toBe("Unsupported 'selfManagedKafkaEventSourceConfig.consumerGroupId' parameter for given event source mapping type.");
    expect(await api.get(made.UUID!)).toMatchObject({ BatchSize: 100, SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "first" } });
  });

  it("keeps AT_TIMESTAMP's timestamp", async () => {
    const at = new Date("2026-01-02T03:04:05.000Z");
    const ok = await api.create({ FunctionName: fn, EventSourceArn: arns.stream("ts"), StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: at });
    expect(ok.StartingPositionTimestamp).toEqual(at);
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
  it("are the framework's ValidationException, naming the member as the service does", async () => {
    const reject = async (input: CreateEventSourceMappingRequest) => {
      const error = await failure(api.create(input));
      expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ValidationException", 400]);
      return error.message;
    };
    expect(await reject({ FunctionName: fn, EventSourceArn: arns.queue(), BatchSize: 0 })).toBe(
      "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect(await reject({ FunctionName: fn, EventSourceArn: arns.queue(), MaximumBatchingWindowInSeconds: 301 })).toContain("at 'maximumBatchingWindowInSeconds'");
    expect(await reject({ FunctionName: "bad name!", EventSourceArn: arns.queue() })).toContain("Value 'bad name!' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ");
    const list = await failure(api.list({ MaxItems: 10001 }));
    expect([list.name, list.message]).toEqual(["ValidationException", expect.stringContaining("at 'maxItems'")]);
  });

  it("bound the members the model leaves unbounded (ARNs, tags), so no client can store a 100 KB string", async () => {
    const reject = async (input: CreateEventSourceMappingRequest) => {
      const error = await failure(api.create(input));
      expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ValidationException", 400]);
      return error.message;
    };
    const longArn = arns.queue("q".repeat(100 * 1024));
    expect(await reject({ FunctionName: fn, EventSourceArn: longArn })).toBe(
      `1 validation error detected: Value '${longArn}' at 'eventSourceArn' failed to satisfy constraint: Member must have length less than or equal to 2048`,
    );
    expect(await reject({ FunctionName: fn, EventSourceArn: arns.queue(), KMSKeyArn: `arn:aws:kms:us-east-1:123456789012:key/${"k".repeat(3000)}` })).toContain("at 'kMSKeyArn'");
    const manyTags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
    expect(await reject({ FunctionName: fn, EventSourceArn: arns.queue(), Tags: manyTags })).toMatch(/at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/);
    expect(await reject({ FunctionName: fn, EventSourceArn: arns.queue(), Tags: { ["k".repeat(129)]: "v" } })).toContain("Map keys must satisfy constraint");
    expect(await reject({ FunctionName: fn, EventSourceArn: arns.queue(), Tags: { k: "v".repeat(257) } })).toContain("Map value must satisfy constraint");
    const uri = `arn:aws:secretsmanager:us-east-1:123456789012:secret:${"s".repeat(3000)}`;
    const kafka: CreateEventSourceMappingRequest = {
      FunctionName: fn,
      EventSourceArn: "arn:aws:kafka:us-east-1:123456789012:cluster/c/abc",
      Topics: ["orders"],
      StartingPosition: "LATEST",
      AmazonManagedKafkaEventSourceConfig: { SchemaRegistryConfig: { SchemaRegistryURI: "arn:aws:glue:us-east-1:123456789012:registry/r", AccessConfigs: [{ Type: "BASIC_AUTH", URI: uri }] } },
    };
    expect(await reject(kafka)).toContain("at 'amazonManagedKafkaEventSourceConfig.schemaRegistryConfig.accessConfigs.1.member.uRI'");
    // At the limits, accepted.
    const atLimit = await api.create({ FunctionName: fn, EventSourceArn: arns.queue("a".repeat(2048 - arns.queue("").length)), Tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${i}`.padEnd(128, "k"), "v".repeat(256)])) });
    expect(atLimit.EventSourceArn).toHaveLength(2048);
  });

  it("are the same checks this client makes before sending, with the same error (so it never sends what the server refuses)", async () => {
    const ours = oursApi(local);
    try {
      const input = { FunctionName: fn, EventSourceArn: arns.queue(), BatchSize: 0 };
      const local = await failure(ours.create(input));
      const remote = await failure(api.create(input));
      expect([local.name, local.message, (local as { $fault?: string }).$fault]).toEqual([remote.name, remote.message, (remote as { $fault?: string }).$fault]);
      expect(local.$metadata).toEqual({});
    } finally {
      ours.destroy();
    }
  });
});

describe("functions allow-list", () => {
  it("answers 400 'Function does not exist' for other functions, by any name form, and lists them as empty", async () => {
    const error = await failure(api.create({ FunctionName: "ghost-fn", EventSourceArn: arns.queue() }));
    expect([error.name, error.message, error.$metadata.httpStatusCode]).toEqual(["InvalidParameterValueException", "Function does not exist", 400]);
    await api.create({ FunctionName: "other-fn:live", EventSourceArn: arns.queue("allow") });
    await api.create({ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:known-fn", EventSourceArn: arns.queue("allow") });
    expect((await api.list({ FunctionName: "ghost-fn" })).EventSourceMappings).toEqual([]);
  });
});

describe("error bodies on the wire", () => {
  it("InvalidParameterValueException has x-amzn-errortype and {Type, message}", async () => {
    const body = JSON.stringify({ FunctionName: fn, EventSourceArn: arns.queue(), StartingPosition: "LATEST" });
    const res = await sendSigned(local, { method: "POST", path: ESM_PATH, body, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("InvalidParameterValueException");
    expect(res.json).toEqual({ Type: "User", message: "StartingPosition is not valid for SQS event sources." }); // boto/boto3#1613
  });

  it("ResourceNotFoundException has {Type, Message}", async () => {
    const res = await sendSigned(local, { method: "GET", path: `${ESM_PATH}/0f8d2a5e-0000-4000-8000-000000000000` });
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(res.text).toBe('{"Type":"User","Message":"The resource you requested does not exist."}');
  });
});
