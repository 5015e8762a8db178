import { describe, expect, it } from "vitest";
import { DecodedPayload, matchesFilterCriteria, shapeRecordForFiltering } from "../../src/filters/index.js";
import { activeMqMessage, dynamodbRecord, kafkaRecord, kinesisRecord, rabbitMqMessage, sqsRecord } from "./records.js";

const matches = (pattern: unknown, record: unknown, eventSource?: string): boolean =>
  matchesFilterCriteria({ Filters: [{ Pattern: JSON.stringify(pattern) }] }, record, eventSource ? { eventSource } : {});

describe("SQS (aws:sqs): body", () => {
  const order = sqsRecord(JSON.stringify({ RetailID: "2", orders: [{ price: 12, item: "pen" }] }));

  it("parses a JSON body for a JSON body pattern", () => {
    expect(matches({ body: { RetailID: ["2"] } }, order)).toBe(true);
    expect(matches({ body: { RetailID: ["3"] } }, order)).toBe(false);
    expect(matches({ body: { orders: { price: [{ numeric: [">", 10] }] } } }, order)).toBe(true);
  });

  it("drops a plain-text body for a JSON body pattern, even one that only says exists:false", () => {
    expect(matches({ body: { RetailID: ["2"] } }, sqsRecord("RetailID=2"))).toBe(false);
    expect(matches({ body: { RetailID: [{ exists: false }] } }, sqsRecord("RetailID=2"))).toBe(false);
  });

  it("matches a plain-text body against a plain-string body pattern", () => {
    expect(matches({ body: [{ prefix: "hello" }] }, sqsRecord("hello world"))).toBe(true);
    expect(matches({ body: ["hello world"] }, sqsRecord("hello world"))).toBe(true);
    expect(matches({ body: [{ prefix: "bye" }] }, sqsRecord("hello world"))).toBe(false);
  });

  it("drops a JSON body for a plain-string body pattern", () => {
    expect(matches({ body: [{ prefix: "{" }] }, sqsRecord('{"a":1}'))).toBe(false);
    expect(matches({ body: [{ exists: true }] }, sqsRecord('{"a":1}'))).toBe(false);
    expect(matches({ body: ['{"a":1}'] }, sqsRecord('{"a":1}'))).toBe(false);
  });

  it("treats JSON scalars and broken JSON as plain text", () => {
    expect(matches({ body: ["123"] }, sqsRecord("123"))).toBe(true);
    expect(matches({ body: [123] }, sqsRecord("123"))).toBe(false);
    expect(matches({ body: [{ prefix: "{not" }] }, sqsRecord("{not json"))).toBe(true);
    expect(matches({ body: { a: [{ exists: false }] } }, sqsRecord("{not json"))).toBe(false);
  });

  it("flattens a JSON array body", () => {
    expect(matches({ body: { a: [2] } }, sqsRecord('[{"a":1},{"a":2}]'))).toBe(true);
    expect(matches({ body: { a: [3] } }, sqsRecord('[{"a":1},{"a":2}]'))).toBe(false);
  });

  it("filters on metadata when the pattern has no body", () => {
    expect(matches({ attributes: { ApproximateReceiveCount: ["1"] } }, sqsRecord("x"))).toBe(true);
    expect(matches({ messageAttributes: { Team: { stringValue: ["payments"] } } }, sqsRecord("x"))).toBe(true);
    expect(matches({ eventSource: ["aws:kinesis"] }, sqsRecord("x"))).toBe(false);
  });

  it("applies the body rules inside $or", () => {
    const pattern = { $or: [{ body: { kind: ["refund"] } }, { messageAttributes: { Team: { stringValue: ["ops"] } } }] };
    expect(matches(pattern, sqsRecord('{"kind":"refund"}'))).toBe(true);
    expect(matches(pattern, sqsRecord("refund"))).toBe(false);
  });

  it("shapes a record without eventSource when told the source", () => {
    const { eventSource: _drop, ...bare } = order;
    expect(matches({ body: { RetailID: ["2"] } }, bare)).toBe(false);
    expect(matches({ body: { RetailID: ["2"] } }, bare, "aws:sqs")).toBe(true);
  });
});

describe("Kinesis (aws:kinesis): kinesis.data", () => {
  it("decodes base64 JSON data and matches the inner kinesis object", () => {
    const record = kinesisRecord(JSON.stringify({ order: { type: "buy", quantity: 4 } }));
    expect(matches({ data: { order: { type: ["buy"] } } }, record)).toBe(true);
    expect(matches({ data: { order: { type: ["sell"] } } }, record)).toBe(false);
    expect(matches({ data: { order: { quantity: [{ numeric: [">=", 4] }] } } }, record)).toBe(true);
    expect(matches({ partitionKey: ["1"] }, record)).toBe(true);
    expect(matches({ approximateArrivalTimestamp: [{ numeric: [">", 1545084650] }] }, record)).toBe(true);
  });

  it("does not see the outer record's fields", () => {
    expect(matches({ eventName: ["aws:kinesis:record"] }, kinesisRecord("{}"))).toBe(false);
  });

  it("drops non-JSON data for any data pattern", () => {
    const record = kinesisRecord("hello world");
    expect(matches({ data: { a: [{ exists: false }] } }, record)).toBe(false);
    expect(matches({ data: [{ prefix: "hello" }] }, record)).toBe(false);
    expect(matches({ partitionKey: ["1"] }, record)).toBe(true);
  });

  it("drops JSON data for a plain-string data pattern", () => {
    expect(matches({ data: [{ exists: true }] }, kinesisRecord('{"a":1}'))).toBe(false);
  });

  it("does not match numbers that the producer wrote as strings", () => {
    expect(matches({ data: { typeId: [210] } }, kinesisRecord('{"typeId":"210"}'))).toBe(false);
    expect(matches({ data: { typeId: [210] } }, kinesisRecord('{"typeId":210}'))).toBe(true);
  });

  it("drops data that is not UTF-8 but still filters on metadata", () => {
    const record = kinesisRecord(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]));
    expect(matches({ data: { a: [{ exists: false }] } }, record)).toBe(false);
    expect(matches({ partitionKey: ["1"] }, record)).toBe(true);
  });
});

describe("DynamoDB Streams (aws:dynamodb): record as is", () => {
  const record = dynamodbRecord("INSERT", {
    Id: { N: "101" },
    AccountManager: { S: "Pat Candella" },
    Organizations: { L: [{ S: "Sales" }, { S: "Support" }] },
    Active: { BOOL: true },
  });

  it("needs the type key in the pattern", () => {
    expect(matches({ dynamodb: { NewImage: { AccountManager: { S: ["Pat Candella"] } } } }, record)).toBe(true);
    expect(matches({ dynamodb: { NewImage: { AccountManager: ["Pat Candella"] } } }, record)).toBe(false);
  });

  it("exists must point at the type leaf; exists:false without it matches present attributes", () => {
    expect(matches({ dynamodb: { NewImage: { AccountManager: { S: [{ exists: true }] } } } }, record)).toBe(true);
    expect(matches({ dynamodb: { NewImage: { AccountManager: [{ exists: true }] } } }, record)).toBe(false);
    expect(matches({ dynamodb: { NewImage: { AccountManager: [{ exists: false }] } } }, record)).toBe(true);
    expect(matches({ dynamodb: { NewImage: { Missing: { S: [{ exists: false }] } } } }, record)).toBe(true);
    expect(matches({ dynamodb: { NewImage: { Organizations: { L: { S: [{ exists: true }] } } } } }, record)).toBe(true);
  });

  it("never matches numeric on N (a string), but does on ApproximateCreationDateTime", () => {
    expect(matches({ dynamodb: { NewImage: { Id: { N: [{ numeric: [">", 100] }] } } } }, record)).toBe(false);
    expect(matches({ dynamodb: { NewImage: { Id: { N: [101] } } } }, record)).toBe(false);
    expect(matches({ dynamodb: { NewImage: { Id: { N: ["101"] } } } }, record)).toBe(true);
    expect(matches({ dynamodb: { ApproximateCreationDateTime: [{ numeric: [">", 1428537599] }] } }, record)).toBe(true);
  });

  it("matches lists, booleans and top-level metadata", () => {
    expect(matches({ dynamodb: { NewImage: { Organizations: { L: { S: ["Support"] } } } } }, record)).toBe(true);
    expect(matches({ dynamodb: { NewImage: { Active: { BOOL: [true] } } } }, record)).toBe(true);
    expect(matches({ eventName: ["INSERT", "MODIFY"] }, record)).toBe(true);
    expect(matches({ eventName: ["INSERT", "MODIFY"] }, dynamodbRecord("REMOVE", {}))).toBe(false);
  });
});

describe("Kafka (aws:kafka, SelfManagedKafka): value", () => {
  it("decodes a JSON value", () => {
    const record = kafkaRecord(JSON.stringify({ device_ID: "AB1234", temp: 31 }));
    expect(matches({ value: { device_ID: [{ prefix: "AB" }] } }, record, "aws:kafka")).toBe(true);
    expect(matches({ value: { temp: [{ numeric: [">", 40] }] } }, record, "SelfManagedKafka")).toBe(false);
    expect(matches({ value: { device_ID: [{ prefix: "AB" }] } }, { ...record, eventSource: "aws:kafka" })).toBe(true);
  });

  it("matches a plain-string value with plain-string patterns", () => {
    expect(matches({ value: [{ "anything-but": ["error"] }] }, kafkaRecord("ok"), "aws:kafka")).toBe(true);
    expect(matches({ value: [{ "anything-but": ["error"] }] }, kafkaRecord("error"), "aws:kafka")).toBe(false);
  });

  it("leaves the value unsatisfied when formats disagree or the bytes are not UTF-8", () => {
    expect(matches({ value: [{ exists: true }] }, kafkaRecord('{"a":1}'), "aws:kafka")).toBe(false);
    expect(matches({ value: { a: [{ exists: false }] } }, kafkaRecord("plain"), "aws:kafka")).toBe(false);
    const binary = kafkaRecord(new Uint8Array([0xc3, 0x28]));
    expect(matches({ value: [{ exists: true }] }, binary, "aws:kafka")).toBe(false);
    expect(matches({ topic: ["mytopic"] }, binary, "aws:kafka")).toBe(true);
  });

  it("keeps a null (tombstone) value as null", () => {
    expect(matches({ value: [null] }, { ...kafkaRecord(""), value: null }, "aws:kafka")).toBe(true);
  });
});

describe("Amazon MQ (aws:mq, aws:rmq): data", () => {
  it("decodes ActiveMQ text data", () => {
    expect(matches({ data: [{ prefix: "ABC" }] }, activeMqMessage("ABC:AAAA"), "aws:mq")).toBe(true);
    expect(matches({ data: [{ prefix: "XYZ" }] }, activeMqMessage("ABC:AAAA"), "aws:mq")).toBe(false);
  });

  it("decodes RabbitMQ JSON data", () => {
    const message = rabbitMqMessage('{"temperature":35,"unit":"C"}');
    expect(matches({ data: { temperature: [{ numeric: [">", 30] }] } }, message, "aws:rmq")).toBe(true);
    expect(matches({ data: { unit: ["F"] } }, message, "aws:rmq")).toBe(false);
  });
});

describe("records without a known eventSource", () => {
  it("are matched as plain JSON (no decoding)", () => {
    expect(matches({ body: { a: [1] } }, { body: '{"a":1}' })).toBe(false);
    expect(matches({ body: ['{"a":1}'] }, { body: '{"a":1}' })).toBe(true);
    expect(matches({ data: { a: [1] } }, { eventSource: "aws:docdb", data: { a: 1 } })).toBe(true);
  });
});

describe("shapeRecordForFiltering", () => {
  it("exposes the decoded payload", () => {
    const shaped = shapeRecordForFiltering(sqsRecord('{"a":1}')) as Record<string, unknown>;
    expect(shaped["body"]).toBeInstanceOf(DecodedPayload);
    expect(shaped["body"]).toMatchObject({ format: "json", value: { a: 1 } });
    const kinesis = shapeRecordForFiltering(kinesisRecord("hi")) as Record<string, unknown>;
    expect(kinesis["partitionKey"]).toBe("1");
    expect(kinesis["data"]).toMatchObject({ format: "text", value: "hi", textPatterns: false });
  });
});
