import { describe, expect, it } from "vitest";
import { serviceValidationError } from "../../src/validation/service-error.js";
import { validateWireConstraints } from "../../src/validation/create-input-validator.js";
import { validateInput } from "../../src/validation/validate-input.js";

// The service's own answers, each from a public record (see src/validation/service-wording.ts for the sources).
const answer = (shape: string, input: unknown) => serviceValidationError(validateInput(shape, input));
const create = (extra: Record<string, unknown>) => answer("CreateEventSourceMappingRequest", { FunctionName: "f", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q", ...extra });
const validation = (message: string) => ({ code: "ValidationException", message });

describe("the service's validation framework, word for word", () => {
  it("an enum, in the service's order, case-sensitive", () => {
    const set = "Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]";
    expect(create({ StartingPosition: "invalid" })).toEqual(validation(`1 validation error detected: Value 'invalid' at 'startingPosition' failed to satisfy constraint: ${set}`));
    expect(create({ StartingPosition: "latest" })).toEqual(validation(`1 validation error detected: Value 'latest' at 'startingPosition' failed to satisfy constraint: ${set}`));
    expect(create({ StartingPosition: "LATEST" })).toBeUndefined();
  });

  it("a missing required member is null, unquoted", () => {
    expect(answer("CreateEventSourceMappingRequest", {})).toEqual(validation("1 validation error detected: Value null at 'functionName' failed to satisfy constraint: Member must not be null"));
    expect(answer("CreateEventSourceMappingRequest", { FunctionName: null })?.message).toContain("Value null at 'functionName'");
  });

  it("ranges, with the value quoted", () => {
    expect(create({ BatchSize: 20000 })).toEqual(validation("1 validation error detected: Value '20000' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000"));
    expect(create({ BatchSize: 0 })).toEqual(validation("1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1"));
    expect(create({ BatchSize: 1, MaximumRetryAttempts: -1, MaximumRecordAgeInSeconds: 604800 })).toBeUndefined();
  });

  it("several violations are counted and joined with '; ', in model order", () => {
    expect(create({ BatchSize: 0, ParallelizationFactor: 11 })?.message).toBe(
      "2 validation errors detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '11' at 'parallelizationFactor' failed to satisfy constraint: Member must have value less than or equal to 10",
    );
  });

  it("lengths and patterns: each broken constraint is one error, the pattern as the service quotes it (unanchored)", () => {
    const name = "a b".repeat(100);
    expect(answer("CreateEventSourceMappingRequest", { FunctionName: name })?.message).toBe(
      `2 validation errors detected: Value '${name}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 256; ` +
        `Value '${name}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ` +
        "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?",
    );
  });

  it("a pattern matches the whole value, as the service's does", () => {
    // The Smithy pattern `^(arn:...:.*)|()$` would accept anything with `RegExp.test`; the service's accepts an ARN or "".
    expect(create({ KMSKeyArn: "not an arn" })?.message).toBe(
      "1 validation error detected: Value 'not an arn' at 'kMSKeyArn' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()",
    );
    expect(create({ KMSKeyArn: "" })).toBeUndefined();
    expect(create({ KMSKeyArn: "arn:aws:kms:us-east-1:123456789012:key/k" })).toBeUndefined();
    expect(create({ EventSourceArn: "x\narn:aws:sqs:us-east-1:123456789012:q" })?.message).toMatch(/^1 validation error detected: Value 'x\narn:.*' at 'eventSourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:\(aws/);
  });

  it("nested members: lower-camel paths, list items of a structure at `.N.member` (1-based)", () => {
    const long = "x".repeat(4097);
    expect(create({ FilterCriteria: { Filters: [{ Pattern: '{"a":[1]}' }, { Pattern: long }] } })?.message).toBe(
      `1 validation error detected: Value '${long}' at 'filterCriteria.filters.2.member.pattern' failed to satisfy constraint: Member must have length less than or equal to 4096`,
    );
    expect(create({ DestinationConfig: { OnFailure: { Destination: "nope" } } })?.message).toMatch(
      /^1 validation error detected: Value 'nope' at 'destinationConfig\.onFailure\.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: \^\$\|kafka:\/\//,
    );
    expect(create({ SourceAccessConfigurations: [{ Type: "BASIC_AUTH", URI: "u" }, { Type: "basic_auth" }] })?.message).toMatch(
      /^1 validation error detected: Value 'basic_auth' at 'sourceAccessConfigurations\.2\.member\.type' failed to satisfy constraint: Member must satisfy enum value set: \[BASIC_AUTH, /,
    );
  });

  it("a list of scalars is one member: the whole list, every constraint of an item", () => {
    expect(create({ Topics: [".orders"] })?.message).toBe(
      "1 validation error detected: Value '[.orders]' at 'topics' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 249, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^[^.]([a-zA-Z0-9\\-_.]+), Member must not be null]",
    );
    expect(create({ Topics: ["a1", "b2"] })?.message).toBe("1 validation error detected: Value '[a1, b2]' at 'topics' failed to satisfy constraint: Member must have length less than or equal to 1");
    expect(create({ FunctionResponseTypes: ["Nope"] })?.message).toBe(
      "1 validation error detected: Value '[Nope]' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures], Member must not be null]",
    );
  });

  it("map keys and values are reported once per map", () => {
    const message = create({ SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["b-1:9092"], BROKERS: ["b-2:9092"] } } })?.message;
    expect(message).toBe(
      "1 validation error detected: Value '{KAFKA_BOOTSTRAP_SERVERS=[b-1:9092], BROKERS=[b-2:9092]}' at 'selfManagedEventSource.endpoints' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy enum value set: [KAFKA_BOOTSTRAP_SERVERS], Member must not be null]",
    );
  });

  it("lengths count code points", () => {
    expect(create({ Queues: ["😀".repeat(1000)] })).toBeUndefined();
    expect(create({ Queues: ["😀".repeat(1001)] })?.message).toContain("Member must have length less than or equal to 1000");
  });

  it("query members are text: MaxItems '0' breaks the range", () => {
    expect(answer("ListEventSourceMappingsRequest", { MaxItems: "0" })?.message).toBe(
      "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect(answer("ListEventSourceMappingsRequest", { MaxItems: 5 })).toBeUndefined();
  });
});

describe("values of the wrong JSON type are the deserializer's SerializationException, never a crash", () => {
  it.each([" 12", "0x10", "+5", "abc", "12"])("StartingPositionTimestamp %j", (text) => {
    expect(create({ StartingPositionTimestamp: text })).toEqual({ code: "SerializationException", message: "STRING_VALUE can not be converted to a Timestamp" });
  });

  it("numbers, booleans, lists and objects in the wrong place", () => {
    expect(create({ BatchSize: "10" })?.message).toBe("STRING_VALUE can not be converted to an Integer");
    expect(create({ BatchSize: 10.5 })?.message).toBe("NUMBER_VALUE can not be converted to an Integer");
    expect(create({ BatchSize: 2 ** 31 })?.message).toBe("NUMBER_VALUE can not be converted to an Integer");
    expect(create({ Enabled: "true" })?.message).toBe("STRING_VALUE can not be converted to a Boolean");
    expect(create({ EventSourceArn: 42 })?.message).toBe("NUMBER_VALUE can not be converted to a String");
    expect(create({ EventSourceArn: true })?.message).toBe("TRUE_VALUE can not be converted to a String");
    expect(create({ EventSourceArn: ["a"] })?.message).toBe("Start of list found where not expected.");
    expect(create({ EventSourceArn: {} })?.message).toBe("Start of structure or map found where not expected.");
    expect(create({ StartingPositionTimestamp: 1e300 })?.message).toBe("NUMBER_VALUE can not be converted to a Timestamp");
    // As parsed JSON (the local service), an array body is the deserializer's error; as an SDK input it goes out as {}.
    expect(serviceValidationError(validateWireConstraints("CreateEventSourceMappingRequest", []))?.message).toBe("Start of list found where not expected.");
    expect(answer("CreateEventSourceMappingRequest", [])?.message).toBe("1 validation error detected: Value null at 'functionName' failed to satisfy constraint: Member must not be null");
  });

  it("the first type problem wins over constraint violations (deserialization comes first)", () => {
    expect(create({ BatchSize: 0, Enabled: 1 })?.code).toBe("SerializationException");
  });
});
