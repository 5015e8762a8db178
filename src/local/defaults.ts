import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import type { SourceKind } from "./event-source.js";
import { isKafkaQueueMode } from "./kafka-queue-mode.js";

/** What the service fills in on a new mapping of one kind of source. */
interface SourceDefaults {
  /** Members filled in when the request leaves them out (the UUID is passed for Kafka consumer groups). */
  members(uuid: string, input: Record<string, unknown>): EventSourceMappingConfiguration;
  /** `StateTransitionReason` on every answer. */
  reason: "User action" | "USER_INITIATED";
}

const NO_RECORDS = "No records processed";

// Kinesis and DynamoDB streams answer with the same set (confirmed for both, see below).
const STREAM: SourceDefaults = {
  members: () => ({
    BatchSize: 100,
    MaximumBatchingWindowInSeconds: 0,
    ParallelizationFactor: 1,
    LastProcessingResult: NO_RECORDS,
    DestinationConfig: { OnFailure: {} },
    MaximumRecordAgeInSeconds: -1,
    BisectBatchOnFunctionError: false,
    MaximumRetryAttempts: -1,
    TumblingWindowInSeconds: 0,
    FunctionResponseTypes: [],
  }),
  reason: "User action",
};

/**
 * The defaults of each kind of source, as the service's answers to a Create show them. Members not listed are
 * absent from the answer until set (no `StartingPosition` on SQS, no `LastProcessingResult` on SQS, no batching
 * window on Kafka…).
 *
 * - SQS — confirmed: localstack's AWS-validated snapshot test_lambda_integration_sqs.snapshot.json
 *   (test_event_source_mapping_default_batch_size, 2025-11).
 * - Kinesis — confirmed: test_lambda_integration_kinesis.snapshot.json (test_create_kinesis_event_source_mapping, 2025-11).
 * - DynamoDB Streams — confirmed: test_lambda_api.snapshot.json (test_create_event_filter_criteria_validation, 2025-12).
 * - Self-managed Kafka — confirmed: test_lambda_api.snapshot.json (test_create_event_source_self_managed, 2024-09):
 *   BatchSize 100, StartingPosition TRIM_HORIZON, the UUID as ConsumerGroupId, no batching window, no response types.
 * - Amazon MSK — inferred: as self-managed Kafka, with the consumer group in AmazonManagedKafkaEventSourceConfig,
 *   and StartingPosition required rather than defaulted.
 * - Amazon MQ, DocumentDB — inferred: BatchSize 100 (the API reference's default for every source but SQS) and, as
 *   for Kafka (which shares their 500 ms default batching window), no window member in the answer.
 * @internal
 */
export const SOURCE_DEFAULTS: Readonly<Record<SourceKind, SourceDefaults>> = {
  sqs: { members: () => ({ BatchSize: 10, MaximumBatchingWindowInSeconds: 0, FunctionResponseTypes: [] }), reason: "USER_INITIATED" },
  kinesis: STREAM,
  dynamodb: STREAM,
  kafka: {
    // A Queue-mode mapping takes no StartingPosition ([DOCS] ConsumptionMode), so it gets none by default either.
    members: (uuid, input) => ({
      BatchSize: 100,
      ...(isKafkaQueueMode(input) ? {} : { StartingPosition: "TRIM_HORIZON" as const }),
      LastProcessingResult: NO_RECORDS,
      SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: uuid },
    }),
    reason: "USER_INITIATED",
  },
  msk: {
    members: (uuid) => ({ BatchSize: 100, LastProcessingResult: NO_RECORDS, AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: uuid } }),
    reason: "USER_INITIATED",
  },
  mq: { members: () => ({ BatchSize: 100 }), reason: "USER_INITIATED" },
  documentdb: { members: () => ({ BatchSize: 100, LastProcessingResult: NO_RECORDS }), reason: "USER_INITIATED" },
};

/** The members the service fills in on a new mapping of `source` when the request leaves them out. @internal */
export const defaultsFor = (source: SourceKind, uuid: string, input: Record<string, unknown>): EventSourceMappingConfiguration => SOURCE_DEFAULTS[source].members(uuid, input);

/** Streams report "User action"; SQS, Kafka, MQ and DocumentDB report "USER_INITIATED" (as the service does). @internal */
export const stateTransitionReason = (source: SourceKind): string => SOURCE_DEFAULTS[source].reason;
