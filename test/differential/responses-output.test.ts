import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScriptedResponse } from "../support/capture-server.js";
import { expectDeepSame } from "./support/expect-deep-same.js";
import { OPERATIONS, startClientPair, type ClientPair, type OperationName } from "./support/client-pair.js";

// Successful responses: both clients read the same bytes into the same output, $metadata included.

let pair: ClientPair;
beforeAll(async () => {
  pair = await startClientPair({ maxAttempts: 1 }, { validateInput: false });
});
afterAll(() => pair.close());

const INPUTS: Record<OperationName, () => object> = {
  CreateEventSourceMapping: () => ({ FunctionName: "f" }),
  UpdateEventSourceMapping: () => ({ UUID: "u" }),
  GetEventSourceMapping: () => ({ UUID: "u" }),
  ListEventSourceMappings: () => ({}),
  DeleteEventSourceMapping: () => ({ UUID: "u" }),
};

const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:s";
const registry = { SchemaRegistryURI: "arn:aws:glue:us-east-1:123456789012:registry/r", EventRecordFormat: "SOURCE", AccessConfigs: [{ Type: "SASL_SCRAM_512_AUTH", URI: SECRET }], SchemaValidationConfigs: [{ Attribute: "VALUE" }] };
/** A mapping as the service returns it: every member, timestamps as epoch seconds. */
const fullMapping = {
  UUID: "14e0db71-5d35-4eb5-b481-8945cf9d10c2",
  StartingPosition: "AT_TIMESTAMP",
  StartingPositionTimestamp: 1700000000.123,
  BatchSize: 100,
  MaximumBatchingWindowInSeconds: 5,
  ParallelizationFactor: 2,
  EventSourceArn: "arn:aws:kafka:us-east-1:123456789012:cluster/c/1",
  FilterCriteria: { Filters: [{ Pattern: '{"a":["b"]}' }] },
  FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:f",
  LastModified: 1700000123,
  LastProcessingResult: "OK",
  State: "Enabled",
  StateTransitionReason: "User action",
  DestinationConfig: { OnSuccess: { Destination: "arn:aws:sqs:us-east-1:123456789012:ok" }, OnFailure: { Destination: "arn:aws:sqs:us-east-1:123456789012:ko" } },
  Topics: ["t"],
  Queues: ["q"],
  SourceAccessConfigurations: [{ Type: "BASIC_AUTH", URI: SECRET }],
  SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["b:9092"] } },
  MaximumRecordAgeInSeconds: -1,
  BisectBatchOnFunctionError: false,
  MaximumRetryAttempts: 0,
  TumblingWindowInSeconds: 0,
  FunctionResponseTypes: ["ReportBatchItemFailures"],
  AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: "g", SchemaRegistryConfig: registry },
  SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "g2", SchemaRegistryConfig: registry },
  ScalingConfig: { MaximumConcurrency: 10 },
  DocumentDBEventSourceConfig: { DatabaseName: "d", CollectionName: "c", FullDocument: "Default" },
  KMSKeyArn: "arn:aws:kms:us-east-1:123456789012:key/k",
  FilterCriteriaError: { ErrorCode: "KMSAccessDenied", Message: "no access" },
  EventSourceMappingArn: "arn:aws:lambda:us-east-1:123456789012:event-source-mapping:14e0db71",
  MetricsConfig: { Metrics: ["EventCount"] },
  LoggingConfig: { SystemLogLevel: "INFO" },
  ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 3, PollerGroupName: "pg" },
};

const ids = { "x-amzn-requestid": "req-1", "x-amz-id-2": "ext-2", "x-amz-cf-id": "cf-3" };
const respond = (body: string, status = 200, headers: Record<string, string> = ids): ScriptedResponse => ({ status, body, headers });

async function expectSameOutput(operation: OperationName, response: ScriptedResponse) {
  const { ours: a, sdk: b } = await pair.run(operation, INPUTS[operation], [response]);
  expect(a.error).toBeUndefined();
  expect(b.error).toBeUndefined();
  expectDeepSame(a.output, b.output);
  expect(Object.keys(a.output!.$metadata!)).toEqual(Object.keys(b.output!.$metadata!));
  expect(Object.keys(a.output!).sort()).toEqual(Object.keys(b.output!).sort());
  return a.output!;
}

describe.each(OPERATIONS.filter((op) => op !== "ListEventSourceMappings"))("%s output", (operation) => {
  it("reads every member, Dates included, as the SDK does", async () => {
    const output = await expectSameOutput(operation, respond(JSON.stringify(fullMapping), 202));
    expect(output.LastModified).toEqual(new Date(1700000123000));
    expect(output.StartingPositionTimestamp).toEqual(new Date(1700000000123));
    expect(output.$metadata).toEqual({ httpStatusCode: 202, requestId: "req-1", extendedRequestId: "ext-2", cfId: "cf-3", attempts: 1, totalRetryDelay: 0 });
  });

  it.each<[string, string]>([
    ["an empty body", ""],
    ["an empty object", "{}"],
    ["odd JSON bodies: an array", "[1,2]"],
    ["odd JSON bodies: a string", '"text"'],
    ["odd JSON bodies: a number", "5"],
    ["unknown members (dropped)", JSON.stringify({ UUID: "u", Unknown: 1, DestinationConfig: { OnFailure: { Destination: "d", X: 2 }, Y: {} } })],
    ["null members (left out)", JSON.stringify({ UUID: null, State: "Creating", DestinationConfig: { OnSuccess: null }, FilterCriteria: { Filters: null } })],
    ["numeric-string timestamps", JSON.stringify({ LastModified: "1700000000", StartingPositionTimestamp: "1700000000.5" })],
    ["exponent and negative numeric-string timestamps", JSON.stringify({ LastModified: "1.7e9", StartingPositionTimestamp: "-1.5" })],
    ["fractional and integer timestamps", JSON.stringify({ LastModified: 1700000000.0015, StartingPositionTimestamp: 0 })],
    ["null list items and null map values (kept)", JSON.stringify({ Topics: [null, "a"], FilterCriteria: { Filters: [null, { Pattern: null }] }, SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["x", null], OTHER: null } } })],
    ["map keys special to JavaScript objects", '{"SelfManagedEventSource":{"Endpoints":{"constructor":["c"],"toString":["t"]}}}'],
    ["empty lists and maps", JSON.stringify({ Topics: [], SelfManagedEventSource: { Endpoints: {} }, FunctionResponseTypes: [] })],
    ["unknown enum values", JSON.stringify({ State: "Frobnicating", StartingPosition: "SOMEWHERE", LoggingConfig: { SystemLogLevel: "TRACE" } })],
    ["wrongly typed members (passed through)", JSON.stringify({ BatchSize: "10", Topics: "t", Enabled: 1 })],
    ["unicode", JSON.stringify({ StateTransitionReason: "é 🚀 \u2028 \"q\"" })],
  ])("reads %s as the SDK does", async (_name, body) => {
    await expectSameOutput(operation, respond(body));
  });
});

describe("deliberate differences", () => {
  it("a 2xx with the body `null` is an empty output here; the SDK fails with a TypeError", async () => {
    const { ours: a, sdk: b } = await pair.run("GetEventSourceMapping", INPUTS.GetEventSourceMapping, [respond("null")]);
    expect(b.error).toBeInstanceOf(TypeError);
    expect(a.error).toBeUndefined();
    expect(a.output).toEqual({ $metadata: { httpStatusCode: 200, requestId: "req-1", extendedRequestId: "ext-2", cfId: "cf-3", attempts: 1, totalRetryDelay: 0 } });
  });

  it("a __proto__ map key is an own property here and never a prototype; the SDK keeps the key with an undefined value", async () => {
    const body = '{"SelfManagedEventSource":{"Endpoints":{"__proto__":["x:1"],"KAFKA_BOOTSTRAP_SERVERS":["y:2"]}}}';
    const { ours: a, sdk: b } = await pair.run("GetEventSourceMapping", INPUTS.GetEventSourceMapping, [respond(body)]);
    const endpoints = (a.output!.SelfManagedEventSource as { Endpoints: Record<string, unknown> }).Endpoints;
    expect(Object.getPrototypeOf(endpoints)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(endpoints, "__proto__")?.value).toEqual(["x:1"]);
    expect(Object.keys(endpoints)).toEqual(Object.keys((b.output!.SelfManagedEventSource as { Endpoints: object }).Endpoints));
  });
});

describe("ListEventSourceMappings output", () => {
  it.each<[string, unknown]>([
    ["a page with a marker", { NextMarker: "a+b/c=", EventSourceMappings: [fullMapping, { UUID: "2", LastModified: 1 }] }],
    ["the last page", { EventSourceMappings: [] }],
    ["a null marker and list", { NextMarker: null, EventSourceMappings: null }],
    ["an empty body", ""],
  ])("reads %s as the SDK does", async (_name, body) => {
    await expectSameOutput("ListEventSourceMappings", respond(typeof body === "string" ? body : JSON.stringify(body)));
  });
});

describe("status codes and metadata", () => {
  it.each([200, 201, 202, 204, 299])("treats %s as success", async (status) => {
    const output = await expectSameOutput("GetEventSourceMapping", respond(status === 204 ? "" : '{"UUID":"u"}', status));
    expect(output.$metadata?.httpStatusCode).toBe(status);
  });

  it("ignores an error-looking body on a 200", async () => {
    await expectSameOutput("GetEventSourceMapping", respond(JSON.stringify({ __type: "ResourceNotFoundException", message: "x" })));
  });

  it.each<[string, Record<string, string>]>([
    ["no id headers", {}],
    ["x-amzn-request-id", { "x-amzn-request-id": "a" }],
    ["x-amz-request-id", { "x-amz-request-id": "b" }],
    ["all three request id headers", { "x-amzn-requestid": "1", "x-amzn-request-id": "2", "x-amz-request-id": "3" }],
  ])("reads $metadata with %s", async (_name, headers) => {
    await expectSameOutput("GetEventSourceMapping", respond("{}", 200, headers));
  });
});
