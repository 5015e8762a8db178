import { DecodedPayload } from "./decoded-payload.js";
import { isJsonObject } from "./json-utils.js";

/**
 * Builds the document Lambda matches filter patterns against for a record of the given event source:
 * SQS `body`, Kinesis `kinesis.data`, Kafka `value` and MQ `data` become a {@link DecodedPayload}; DynamoDB
 * records and records of unknown sources are returned unchanged.
 * @param record A record as Lambda would deliver it to the function.
 * @param eventSource Overrides the record's own `eventSource` (Kafka and MQ records usually carry none).
 * @example
 * const doc = shapeRecordForFiltering({ eventSource: "aws:sqs", body: '{"a":1}' });
 * // doc.body is a DecodedPayload { format: "json", value: { a: 1 } }
 */
export function shapeRecordForFiltering(record: unknown, eventSource?: string): unknown {
  if (!isJsonObject(record)) return record;
  const source = eventSource ?? record["eventSource"];
  switch (source) {
    case "aws:sqs":
      return withPayload(record, "body", (body) => DecodedPayload.fromText(body, true));
    case "aws:kinesis": {
      const kinesis = record["kinesis"];
      if (!isJsonObject(kinesis)) return record;
      // Kinesis: non-JSON data never matches a `data` pattern (there is no plain-text form).
      return withPayload(kinesis, "data", (data) => DecodedPayload.fromBase64(data, false));
    }
    case "aws:kafka":
    case "SelfManagedKafka":
      return withPayload(record, "value", (value) => DecodedPayload.fromBase64(value, true));
    case "aws:mq":
    case "aws:rmq":
      return withPayload(record, "data", (data) => DecodedPayload.fromBase64(data, true));
    default:
      return record;
  }
}

function withPayload(
  record: Record<string, unknown>,
  key: string,
  decode: (raw: string) => DecodedPayload,
): Record<string, unknown> {
  const raw = record[key];
  if (typeof raw !== "string") return record;
  return { ...record, [key]: decode(raw) };
}
