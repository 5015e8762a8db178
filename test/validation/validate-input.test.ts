import { describe, expect, it } from "vitest";
import { validateInput } from "../../src/validation/validate-input.js";

const CREATE = "CreateEventSourceMappingRequest";
const base = { FunctionName: "my-function", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue" };
const create = (extra: Record<string, unknown>) => validateInput(CREATE, { ...base, ...extra });
const rules = (problems: { path: string; rule: string }[]) => problems.map((p) => `${p.path} ${p.rule}`);

describe("validateInput: required members", () => {
  it("reports a missing, undefined or null required member, and accepts an empty string", () => {
    expect(validateInput(CREATE, {})).toEqual([{ path: "FunctionName", rule: "required", message: "is required, got undefined", value: undefined }]);
    expect(rules(validateInput(CREATE, { FunctionName: null }))).toEqual(["FunctionName required"]);
    expect(rules(validateInput("GetEventSourceMappingRequest", {}))).toEqual(["UUID required"]);
    expect(validateInput("GetEventSourceMappingRequest", { UUID: "" })).toEqual([]);
  });

  it("treats an undefined input as empty and rejects a non-object input", () => {
    expect(rules(validateInput(CREATE, undefined))).toEqual(["FunctionName required"]);
    expect(rules(validateInput(CREATE, "my-function"))).toEqual([" type"]);
    expect(validateInput("ListEventSourceMappingsRequest", undefined)).toEqual([]);
  });
});

describe("validateInput: JSON body types (as the SDK would send them)", () => {
  it.each([
    ["a numeric string for an integer", { BatchSize: "10" }],
    ["a fraction for an integer", { BatchSize: 10.5 }],
    ["NaN for an integer (sent as the string NaN)", { BatchSize: Number.NaN }],
    ["Infinity for an integer", { MaximumRetryAttempts: Number.POSITIVE_INFINITY }],
    ["a string for a boolean", { Enabled: "true" }],
    ["a number for a string", { EventSourceArn: 42 }],
    ["a number for an enum", { StartingPosition: 1 }],
    ["a string for a timestamp", { StartingPositionTimestamp: "2024-01-01T00:00:00Z" }],
    ["an Invalid Date for a timestamp", { StartingPositionTimestamp: new Date(Number.NaN) }],
    ["a string for a list", { Topics: "orders" }],
    ["an array for a structure", { DestinationConfig: [] }],
    ["an array for a map", { Tags: ["a"] }],
    ["a Map for a map", { Tags: new Map([["a", "b"]]) }],
  ])("rejects %s", (_name, extra) => {
    const [member] = Object.keys(extra);
    expect(rules(create(extra))).toEqual([`${member} type`]);
  });

  it("accepts a Date or epoch seconds for a timestamp, and a bigint for an integer (the SDK writes both as JSON numbers)", () => {
    expect(create({ StartingPositionTimestamp: new Date(0), BatchSize: 10n })).toEqual([]);
    expect(create({ StartingPositionTimestamp: 1700000000.5 })).toEqual([]);
  });

  it("names the expected type and the value it got", () => {
    expect(create({ BatchSize: "10" })[0]!.message).toBe('must be an integer, got "10"');
  });
});

describe("validateInput: label and query members are checked on the text the SDK sends", () => {
  const LIST = "ListEventSourceMappingsRequest";
  it("accepts numbers and numeric text, checks ranges and patterns on the text", () => {
    expect(validateInput(LIST, { MaxItems: "5", FunctionName: 123 })).toEqual([]);
    expect(validateInput("GetEventSourceMappingRequest", { UUID: 123 })).toEqual([]);
    expect(rules(validateInput(LIST, { MaxItems: "0" }))).toEqual(["MaxItems range"]);
    expect(rules(validateInput(LIST, { MaxItems: 5.5 }))).toEqual(["MaxItems type"]);
    expect(rules(validateInput(LIST, { MaxItems: "five" }))).toEqual(["MaxItems type"]);
    expect(rules(validateInput(LIST, { FunctionName: "my function" }))).toEqual(["FunctionName pattern"]);
    expect(rules(validateInput("DeleteEventSourceMappingRequest", { UUID: {} }))).toEqual(["UUID type"]);
  });
});

describe("validateInput: ranges", () => {
  it("accepts both bounds and rejects one past each", () => {
    expect(create({ BatchSize: 1, MaximumRecordAgeInSeconds: -1, MaximumRetryAttempts: 10000 })).toEqual([]);
    expect(create({ BatchSize: 0 })).toEqual([
      { path: "BatchSize", rule: "range", message: "must be between 1 and 10000 (range [1, 10000]), got 0", value: 0 },
    ]);
    expect(rules(create({ MaximumRecordAgeInSeconds: -2, ScalingConfig: { MaximumConcurrency: 1001 } }))).toEqual([
      "MaximumRecordAgeInSeconds range",
      "ScalingConfig.MaximumConcurrency range",
    ]);
  });
});

describe("validateInput: string lengths count Unicode code points", () => {
  it("accepts 1000 astral characters (2000 UTF-16 units) in a Queue of at most 1000", () => {
    expect(create({ Queues: ["😀".repeat(1000)] })).toEqual([]);
    const [problem] = create({ Queues: ["😀".repeat(1001)] });
    expect(problem).toMatchObject({ path: "Queues[0]", rule: "length" });
    expect(problem!.message).toContain("got 1001 characters");
  });

  it("counts one astral character as one towards a minimum, and a lone surrogate as one", () => {
    expect(create({ DocumentDBEventSourceConfig: { DatabaseName: "😀" } })).toEqual([]);
    expect(create({ DocumentDBEventSourceConfig: { DatabaseName: "\ud83d" } })).toEqual([]);
    expect(rules(create({ DocumentDBEventSourceConfig: { DatabaseName: "" } }))).toEqual(["DocumentDBEventSourceConfig.DatabaseName length"]);
    expect(create({ Topics: ["a".repeat(249)] })).toEqual([]);
    expect(rules(create({ Topics: ["a".repeat(250)] }))).toEqual(["Topics[0] length"]);
  });

  it("does not test the pattern of a string that is too long, but does for one that is too short", () => {
    expect(rules(create({ FunctionName: "!".repeat(257) }))).toEqual(["FunctionName length"]);
    expect(rules(create({ FunctionName: "" }))).toEqual(["FunctionName length", "FunctionName pattern"]);
  });
});

describe("validateInput: patterns are ECMAScript regexes, not implicitly anchored", () => {
  it("rejects what the pattern does not match, at nested paths", () => {
    expect(rules(create({ DestinationConfig: { OnFailure: { Destination: "sqs-queue" } } }))).toEqual([
      "DestinationConfig.OnFailure.Destination pattern",
    ]);
    expect(create({ Topics: [".hidden"] })[0]!.message).toBe('must match the pattern /^[^.]([a-zA-Z0-9\\-_.]+)$/ (pattern), got ".hidden"');
  });

  it("accepts a match anywhere in the string when the pattern is not anchored", () => {
    // DestinationArn = ^$|kafka://...|arn:...: its middle alternative has no anchors.
    expect(create({ DestinationConfig: { OnFailure: { Destination: "see kafka://broker" } } })).toEqual([]);
    // KMSKeyArn ends with the alternative ()$, which matches at the end of any string.
    expect(create({ KMSKeyArn: "not an arn" })).toEqual([]);
  });
});

describe("validateInput: enums stay open", () => {
  it("accepts a value the model does not list yet", () => {
    expect(create({ StartingPosition: "AT_SOME_FUTURE_POINT", FunctionResponseTypes: ["ReportSomethingNew"] })).toEqual([]);
    expect(create({ SelfManagedEventSource: { Endpoints: { NEW_ENDPOINT_TYPE: ["b:9092"] } } })).toEqual([]);
  });
});

describe("validateInput: lists and maps", () => {
  it("checks sizes on the entries the SDK sends (null items and null map values are dropped)", () => {
    expect(create({ Topics: [null, "orders"], Tags: { a: null, b: "x" } })).toEqual([]);
    expect(rules(create({ Topics: [null] }))).toEqual(["Topics length"]);
    expect(rules(create({ Topics: ["a1", "b2"] }))).toEqual(["Topics length"]);
    expect(create({ Topics: ["a1", "b2"] })[0]!.message).toBe("must have exactly 1 item (length [1, 1]), got 2 items");
    expect(rules(create({ SourceAccessConfigurations: Array(23).fill({ Type: "VPC_SUBNET", URI: "subnet:s-1" }) }))).toEqual([
      "SourceAccessConfigurations length",
    ]);
  });

  it("names list items by index and map entries by key, lists a container before its items", () => {
    const problems = create({
      SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["b1:9092", "b2"], "odd key": [], third: ["b:1"] } },
    });
    expect(rules(problems)).toEqual([
      "SelfManagedEventSource.Endpoints length",
      "SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS[1] pattern",
      'SelfManagedEventSource.Endpoints["odd key"] length',
    ]);
  });

  it("ignores members the model does not know (the SDK drops them)", () => {
    expect(create({ NotAMember: 1, DestinationConfig: { OnFailure: { Destination: "", Extra: [] } } })).toEqual([]);
  });

  it("reports every problem of an input at once", () => {
    const problems = create({ FunctionName: undefined, BatchSize: 0, Topics: ["a1", ".b"], Enabled: 1 });
    expect(rules(problems)).toEqual(["FunctionName required", "Enabled type", "BatchSize range", "Topics length", "Topics[1] pattern"]);
  });
});

describe("validateInput: shapes", () => {
  it("validates any shape of the model, and throws on a name that is not one", () => {
    expect(rules(validateInput("DestinationConfig", { OnSuccess: { Destination: "x" } }))).toEqual(["OnSuccess.Destination pattern"]);
    expect(validateInput("BatchSize", undefined)).toEqual([]);
    expect(rules(validateInput("BatchSize", 0))).toEqual([" range"]);
    expect(() => validateInput("NoSuchShape", {})).toThrow(TypeError);
  });
});
