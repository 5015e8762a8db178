import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import { STREAM_SOURCES, type SourceKind } from "./event-source.js";

/**
 * The members the service fills in on a new mapping of each kind of source when the request
 * leaves them out, as real responses show them: SQS batches 10 and reports no processing result;
 * streams batch 100, retry and keep records forever (-1), and carry an empty on-failure destination;
 * Kafka batches 100 and uses the mapping's UUID as consumer group.
 * @internal
 */
export function defaultsFor(source: SourceKind, uuid: string): EventSourceMappingConfiguration {
  switch (source) {
    case "sqs":
      return { BatchSize: 10, MaximumBatchingWindowInSeconds: 0, FunctionResponseTypes: [] };
    case "kinesis":
    case "dynamodb":
      return {
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
      };
    case "msk":
      return { BatchSize: 100, MaximumBatchingWindowInSeconds: 0, LastProcessingResult: "No records processed", AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: uuid } };
    case "kafka":
      return { BatchSize: 100, MaximumBatchingWindowInSeconds: 0, LastProcessingResult: "No records processed", SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: uuid } };
    case "mq":
      return { BatchSize: 100, MaximumBatchingWindowInSeconds: 0 };
    case "documentdb":
      return { BatchSize: 100, MaximumBatchingWindowInSeconds: 0, LastProcessingResult: "No records processed" };
  }
}

/** Streams report "User action"; SQS, Kafka, MQ and DocumentDB report "USER_INITIATED" (as the service does). @internal */
export const stateTransitionReason = (source: SourceKind): string => (STREAM_SOURCES.includes(source) ? "User action" : "USER_INITIATED");

/** The identity two mappings may not share: the same function on the same queue, stream, or Kafka topic. @internal */
export function conflictKey(functionArn: string, config: EventSourceMappingConfiguration): string {
  const servers = config.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS;
  const source = config.EventSourceArn ?? [...(servers ?? [])].sort().join(",");
  return [functionArn, source, config.Topics?.[0] ?? "", config.Queues?.[0] ?? ""].join("\n");
}
