import type { CreateEventSourceMappingRequest } from "../models/shapes.js";

/** The kinds of event source whose defaults differ. */
export type SourceFamily = "sqs" | "stream" | "kafka" | "mq" | "documentdb" | "unknown";

/** Tells the family of a mapping's source from its ARN's service (or a self-managed Kafka cluster). */
export function sourceFamily(mapping: Pick<CreateEventSourceMappingRequest, "EventSourceArn" | "SelfManagedEventSource">): SourceFamily {
  if (mapping.EventSourceArn === undefined) return mapping.SelfManagedEventSource ? "kafka" : "unknown";
  switch (mapping.EventSourceArn.split(":")[2]) {
    case "sqs":
      return "sqs";
    case "kinesis":
    case "dynamodb":
      return "stream";
    case "kafka":
      return "kafka";
    case "mq":
      return "mq";
    case "rds":
      return "documentdb";
    default:
      return "unknown";
  }
}

/**
 * What the service sets when a Create leaves a member out, per family, as the API reference documents it
 * (CreateEventSourceMapping's member docs in model/lambda-esm-model.json: "Amazon Simple Queue Service – Default 10",
 * "the default batching window is 0 seconds" for Kinesis, DynamoDB and SQS, "The default value is infinite (-1)").
 * A desired mapping that omits one of these compares against the default, so leaving BatchSize out is not a change,
 * and dropping `BatchSize: 50` from a file returns the mapping to the default.
 * Members without a documented default that can be set again are absent: the batching window of Kafka, MQ and
 * DocumentDB defaults to 500 ms, which the seconds-granular API cannot set back ("To restore the default batching
 * window, you must create a new event source mapping"), so an omitted window there is left as it is.
 */
const DEFAULTS: Readonly<Record<SourceFamily, Readonly<Record<string, unknown>>>> = {
  sqs: { BatchSize: 10, MaximumBatchingWindowInSeconds: 0 },
  stream: {
    BatchSize: 100,
    MaximumBatchingWindowInSeconds: 0,
    ParallelizationFactor: 1,
    MaximumRecordAgeInSeconds: -1,
    MaximumRetryAttempts: -1,
    BisectBatchOnFunctionError: false,
    TumblingWindowInSeconds: 0,
  },
  kafka: { BatchSize: 100 },
  mq: { BatchSize: 100 },
  documentdb: { BatchSize: 100 },
  unknown: {},
};

/** The service defaults of the members a desired mapping of this source may leave out. */
export function serviceDefaults(mapping: Pick<CreateEventSourceMappingRequest, "EventSourceArn" | "SelfManagedEventSource">): Readonly<Record<string, unknown>> {
  return DEFAULTS[sourceFamily(mapping)];
}
