import { validateFilterCriteria, INVALID_FILTER_PATTERN_MESSAGE } from "../filters/index.js";
import type { EventSourceMappingConfiguration, FilterCriteria } from "../models/shapes.js";
import { invalidParameter } from "./errors.js";
import { SOURCE_LABELS, STREAM_SOURCES, type SourceKind } from "./event-source.js";

const KAFKA: readonly SourceKind[] = ["msk", "kafka"];

/** Request members that only some kinds of source accept; anything not listed is accepted by all. */
const ONLY_FOR: Readonly<Record<string, readonly SourceKind[]>> = {
  StartingPosition: [...STREAM_SOURCES, ...KAFKA, "documentdb"],
  StartingPositionTimestamp: ["kinesis", ...KAFKA, "documentdb"],
  ParallelizationFactor: STREAM_SOURCES,
  BisectBatchOnFunctionError: STREAM_SOURCES,
  TumblingWindowInSeconds: STREAM_SOURCES,
  MaximumRecordAgeInSeconds: STREAM_SOURCES,
  MaximumRetryAttempts: STREAM_SOURCES,
  DestinationConfig: [...STREAM_SOURCES, ...KAFKA],
  FunctionResponseTypes: ["sqs", ...STREAM_SOURCES],
  ScalingConfig: ["sqs"],
  Topics: KAFKA,
  Queues: ["mq"],
  SourceAccessConfigurations: ["mq", ...KAFKA],
  AmazonManagedKafkaEventSourceConfig: ["msk"],
  SelfManagedKafkaEventSourceConfig: ["kafka"],
  DocumentDBEventSourceConfig: ["documentdb"],
  ProvisionedPollerConfig: ["sqs", ...KAFKA],
};

/** Rejects request members the mapping's kind of source does not support, as the service does. @internal */
export function checkMembersForSource(source: SourceKind, input: Record<string, unknown>): void {
  for (const [member, sources] of Object.entries(ONLY_FOR)) {
    if (input[member] !== undefined && !sources.includes(source)) {
      throw invalidParameter(`${member} is not valid for ${SOURCE_LABELS[source]} event sources.`);
    }
  }
}

/** Create-only rules: the starting position and the members a source cannot do without. @internal */
export function checkCreateRequirements(source: SourceKind, input: Record<string, unknown>): void {
  const label = SOURCE_LABELS[source];
  const position = input.StartingPosition;
  if (ONLY_FOR.StartingPosition!.includes(source) && position === undefined) throw invalidParameter(`StartingPosition is required for ${label} event sources.`);
  if (position === "AT_TIMESTAMP" && !ONLY_FOR.StartingPositionTimestamp!.includes(source)) {
    throw invalidParameter(`StartingPosition AT_TIMESTAMP is not valid for ${label} event sources.`);
  }
  if (position === "AT_TIMESTAMP" && input.StartingPositionTimestamp === undefined) {
    throw invalidParameter("StartingPositionTimestamp is required when StartingPosition is AT_TIMESTAMP.");
  }
  if (position !== "AT_TIMESTAMP" && input.StartingPositionTimestamp !== undefined) {
    throw invalidParameter("StartingPositionTimestamp is only valid when StartingPosition is AT_TIMESTAMP.");
  }
  if (KAFKA.includes(source) && input.Topics === undefined) throw invalidParameter(`Topics is required for ${label} event sources.`);
  if (source === "mq" && input.Queues === undefined) throw invalidParameter("Queues is required for Amazon MQ event sources.");
  if (source === "documentdb" && (input.DocumentDBEventSourceConfig as { DatabaseName?: string } | undefined)?.DatabaseName === undefined) {
    throw invalidParameter("DocumentDBEventSourceConfig.DatabaseName is required for Amazon DocumentDB event sources.");
  }
  if (source === "kafka") {
    const servers = (input.SelfManagedEventSource as { Endpoints?: Record<string, unknown> } | undefined)?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS;
    if (!Array.isArray(servers) || servers.length === 0) {
      throw invalidParameter("SelfManagedEventSource.Endpoints must contain KAFKA_BOOTSTRAP_SERVERS for self-managed Apache Kafka event sources.");
    }
  }
}

/** Rules on the mapping as it would be after the change (so Update is checked against the stored values). @internal */
export function checkMergedConfig(source: SourceKind, config: EventSourceMappingConfiguration): void {
  const batch = config.BatchSize ?? 0;
  if (source === "sqs") {
    if (config.EventSourceArn?.endsWith(".fifo") && batch > 10) throw invalidParameter("Batch size must be between 1 and 10 for FIFO queues.");
    if (batch > 10 && (config.MaximumBatchingWindowInSeconds ?? 0) < 1) {
      throw invalidParameter("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
    }
  }
  const age = config.MaximumRecordAgeInSeconds;
  if (age !== undefined && age !== -1 && age < 60) throw invalidParameter("MaximumRecordAgeInSeconds must be -1 (infinite) or between 60 and 604800.");
}

/** Filter syntax and the filters-per-mapping quota. @internal */
export function checkFilterCriteria(criteria: FilterCriteria | undefined, maxFilters: number): void {
  const count = criteria?.Filters?.length ?? 0;
  if (count > maxFilters) {
    throw invalidParameter(`The number of filters in FilterCriteria (${count}) exceeds the limit of ${maxFilters} filters per event source mapping.`);
  }
  if (validateFilterCriteria(criteria, { maxFilters: Infinity }).length > 0) throw invalidParameter(INVALID_FILTER_PATTERN_MESSAGE);
}
