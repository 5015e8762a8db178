import { validateFilterCriteria, INVALID_FILTER_PATTERN_MESSAGE } from "../filters/index.js";
import type { EventSourceMappingConfiguration, FilterCriteria } from "../models/shapes.js";
import { serviceMemberName } from "../validation/service-wording.js";
import { invalidParameter } from "./errors.js";
import { SOURCE_LABELS, type SourceKind } from "./event-source.js";
import { isKafkaQueueMode, QUEUE_MODE_UNSUPPORTED } from "./kafka-queue-mode.js";

/*
 * The service's per-source rules as one table, checked by the generic functions below. Each rule names where
 * its wording comes from: "confirmed" rules quote a recorded AWS answer, "inferred" ones follow the service's
 * documentation or the nearest recorded wording (docs/local-service.md lists both).
 *
 * Records cited here:
 * - [LS-API]  localstack tests/aws/services/lambda_/test_lambda_api.snapshot.json, TestLambdaEventSourceMappings
 *             (AWS-validated snapshots, 2024-09 and 2025-11)
 * - [LS-SQS]  localstack tests/aws/services/lambda_/event_source_mapping/test_lambda_integration_sqs.snapshot.json
 * - [DOCS]    the member documentation in the vendored Smithy model (model/, from the Lambda API reference)
 */

const STREAMS: readonly SourceKind[] = ["kinesis", "dynamodb"];
const KAFKA: readonly SourceKind[] = ["msk", "kafka"];

/**
 * Request members that only some kinds of source accept, from [DOCS] ("(Kinesis, DynamoDB Streams, Amazon MSK,
 * and self-managed Apache Kafka) …"). Members not listed (BatchSize, MaximumBatchingWindowInSeconds,
 * FilterCriteria, Enabled, Tags, KMSKeyArn, MetricsConfig…) are accepted by every kind.
 * @internal
 */
export const MEMBER_SOURCES: Readonly<Record<string, readonly SourceKind[]>> = {
  StartingPosition: [...STREAMS, ...KAFKA, "documentdb"],
  ParallelizationFactor: STREAMS,
  TumblingWindowInSeconds: STREAMS,
  DestinationConfig: [...STREAMS, ...KAFKA],
  MaximumRecordAgeInSeconds: [...STREAMS, ...KAFKA],
  BisectBatchOnFunctionError: [...STREAMS, ...KAFKA],
  MaximumRetryAttempts: [...STREAMS, ...KAFKA],
  FunctionResponseTypes: ["sqs", ...STREAMS, ...KAFKA],
  ScalingConfig: ["sqs"],
  Topics: KAFKA,
  Queues: ["mq"],
  SourceAccessConfigurations: ["mq", ...KAFKA, "documentdb"],
  AmazonManagedKafkaEventSourceConfig: ["msk"],
  SelfManagedKafkaEventSourceConfig: ["kafka"],
  DocumentDBEventSourceConfig: ["documentdb"],
  LoggingConfig: KAFKA,
  ProvisionedPollerConfig: ["sqs", ...KAFKA],
};

/**
 * How the service words a member the mapping's source does not take: the member's name as its validation framework
 * writes member paths (lower camel case: `'parallelizationFactor'`, `'kMSKeyArn'`), quoted. Confirmed form, for several members and
 * sources: "Unsupported 'maximumBatchingWindowInSeconds' parameter for given event source mapping type." (Amazon MSK,
 * pulumi/pulumi-aws#1418 quotes the error body, and hashicorp/terraform-provider-aws#17888, 2021); "Unsupported
 * 'destinationConfig' parameter …" (self-managed Kafka, aws/aws-cdk#19917, 2022); "Unsupported 'ConsumptionMode'
 * parameter …" and "Unsupported '<config>.consumerGroupId' parameter" (self-managed Kafka and MSK, probed live
 * 2026-09 per go-to-k/cdkd src/provisioning/providers/lambda-eventsource-provider.ts). An older record
 * (serverless/serverless#7049, 2019) has the member unquoted; the answers since 2021 all quote it.
 */
function unsupportedMember(member: string, source: SourceKind): string {
  // Confirmed: "StartingPosition is not valid for SQS event sources." (boto/boto3#1613, AWS answer quoted 2018).
  if (member === "StartingPosition") return `StartingPosition is not valid for ${SOURCE_LABELS[source]} event sources.`;
  return unsupportedParameter(serviceMemberName(member));
}

const unsupportedParameter = (quoted: string): string => `Unsupported '${quoted}' parameter for given event source mapping type.`;

/**
 * Confirmed ([LS-API] destination_config_failure, 2025-11): an `OnSuccess` destination on SQS gets these words, the
 * member unquoted. Lambda sends only on-failure records from a mapping, so it is inferred for every source.
 */
const ON_SUCCESS_UNSUPPORTED = "Unsupported DestinationConfig parameter for given event source mapping type.";

/**
 * Members UpdateEventSourceMapping takes in the model but the service refuses to change, even to the value they
 * have (the API reference: "you cannot update this value", "You cannot change ConsumptionMode after you create the
 * event source mapping"), each with the name the service's answer quotes. Source: go-to-k/cdkd
 * src/provisioning/providers/lambda-eventsource-provider.ts, measured live 2026-09-27 on self-managed Kafka and MSK
 * mappings: "Unsupported '<block>.consumerGroupId' parameter" for either config, and "Unsupported 'ConsumptionMode'
 * parameter for given event source mapping type" (quoted as written, not as a path). The same sub-members are the
 * ones `applyEventSourceMappings` replaces a mapping for (src/apply/create-only-members.ts).
 * @internal
 */
export const NOT_UPDATABLE: Readonly<Record<string, string>> = {
  "AmazonManagedKafkaEventSourceConfig.ConsumerGroupId": "amazonManagedKafkaEventSourceConfig.consumerGroupId",
  "SelfManagedKafkaEventSourceConfig.ConsumerGroupId": "selfManagedKafkaEventSourceConfig.consumerGroupId",
  "SelfManagedKafkaEventSourceConfig.ConsumptionMode": "ConsumptionMode",
};

/** What one kind of source needs on Create. */
interface CreateRule {
  /** Whether Create must name a StartingPosition, and whether AT_TIMESTAMP is one it takes. */
  startingPosition: { required: boolean; atTimestamp: boolean };
  /** Members (dotted paths into the request) Create cannot do without, each with the service's answer when missing. */
  requires: readonly (readonly [path: string, message: string])[];
}

// Inferred wording for the members [DOCS] and the per-source parameter tables mark required.
const required = (path: string, label: string): readonly [string, string] => [path, `${path} is required for ${label} event sources.`];

/**
 * The Create rules of every kind of source, checked in order by {@link checkCreateRequirements}.
 * @internal
 */
export const CREATE_RULES: Readonly<Record<SourceKind, CreateRule>> = {
  // [DOCS] StartingPosition: "Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. AT_TIMESTAMP is
  // supported only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka."
  kinesis: { startingPosition: { required: true, atTimestamp: true }, requires: [] },
  dynamodb: { startingPosition: { required: true, atTimestamp: false }, requires: [] },
  sqs: { startingPosition: { required: false, atTimestamp: false }, requires: [] },
  // Inferred: the MSK parameter table (Lambda developer guide, msk-esm-parameters) marks StartingPosition required.
  msk: { startingPosition: { required: true, atTimestamp: true }, requires: [required("Topics", "Amazon MSK")] },
  kafka: {
    // Confirmed optional (default TRIM_HORIZON): [LS-API] event-source-mapping-default, 2024-09.
    startingPosition: { required: false, atTimestamp: true },
    requires: [
      // Confirmed: [LS-API] missing-source-access-configuration (2024-09).
      ["SourceAccessConfigurations", "Required 'sourceAccessConfigurations' parameter is missing."],
      required("Topics", "self-managed Apache Kafka"),
      required("SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS", "self-managed Apache Kafka"),
    ],
  },
  mq: { startingPosition: { required: false, atTimestamp: false }, requires: [required("Queues", "Amazon MQ")] },
  documentdb: { startingPosition: { required: false, atTimestamp: true }, requires: [required("DocumentDBEventSourceConfig.DatabaseName", "Amazon DocumentDB")] },
};

/** Confirmed ([LS-API] no_starting_position, Kinesis and DynamoDB, 2025-11): the framework's null message, with the handler's code. */
const STARTING_POSITION_NULL = "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.";

/**
 * Rejects an `OnSuccess` destination (first, in the words recorded for it), then request members the mapping's
 * kind of source does not take. Checked on Create and Update.
 * @internal
 */
export function checkMembersForSource(source: SourceKind, input: Record<string, unknown>): void {
  const destination = input.DestinationConfig as { OnSuccess?: unknown } | undefined;
  if (destination?.OnSuccess !== undefined) throw invalidParameter(ON_SUCCESS_UNSUPPORTED);
  for (const [member, sources] of Object.entries(MEMBER_SOURCES)) {
    if (input[member] !== undefined && !sources.includes(source)) throw invalidParameter(unsupportedMember(member, source));
  }
}

/**
 * Members a self-managed Kafka mapping in Queue mode does not take ({@link QUEUE_MODE_UNSUPPORTED}, from the API
 * reference), refused in the quoted form above (wording inferred: no public record of this answer yet).
 */
function checkQueueMode(mapping: { SelfManagedKafkaEventSourceConfig?: unknown }, input: Record<string, unknown>): void {
  if (!isKafkaQueueMode(mapping)) return;
  for (const member of QUEUE_MODE_UNSUPPORTED) if (input[member] !== undefined) throw invalidParameter(unsupportedParameter(serviceMemberName(member)));
}

/**
 * Update-only rules: after {@link checkMembersForSource}, the members in {@link NOT_UPDATABLE}, then the members the
 * stored mapping's consumption mode does not take.
 * @internal
 */
export function checkUpdatable(source: SourceKind, input: Record<string, unknown>, stored: EventSourceMappingConfiguration): void {
  checkMembersForSource(source, input);
  for (const [path, quoted] of Object.entries(NOT_UPDATABLE)) if (valueAt(input, path) !== undefined) throw invalidParameter(unsupportedParameter(quoted));
  checkQueueMode(stored, input);
}

const valueAt = (input: Record<string, unknown>, path: string): unknown => {
  let value: unknown = input;
  for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
};

const isPresent = (input: Record<string, unknown>, path: string): boolean => {
  const value = valueAt(input, path);
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
};

/**
 * Create-only rules from {@link CREATE_RULES}, in order: the members the source cannot do without, the
 * members it does not take, then where its stream starts (`now`, the service's clock, for a timestamp).
 * @internal
 */
export function checkCreateRequirements(source: SourceKind, input: Record<string, unknown>, now: number): void {
  const rule = CREATE_RULES[source];
  for (const [path, message] of rule.requires) {
    if (!isPresent(input, path)) throw invalidParameter(message);
  }
  checkMembersForSource(source, input);
  checkQueueMode(input, input);
  const position = input.StartingPosition;
  if (rule.startingPosition.required && position === undefined) throw invalidParameter(STARTING_POSITION_NULL);
  // Confirmed: [LS-API] incompatible_starting_position (AT_TIMESTAMP on a DynamoDB stream, 2025-11).
  if (position === "AT_TIMESTAMP" && !rule.startingPosition.atTimestamp) throw invalidParameter(`Unsupported starting position for arn type: ${input.EventSourceArn as string}`);
  // Confirmed wording, quoted through CloudFormation: awsdocs/aws-cloudformation-user-guide#334 (2019).
  if (position === "AT_TIMESTAMP" && input.StartingPositionTimestamp === undefined) throw invalidParameter("Need to specify a timestamp");
  // [DOCS] StartingPositionTimestamp: "StartingPositionTimestamp cannot be in the future." — judged by the service's
  // clock, as AWS judges it by its own; the reference's sentence is the (inferred) answer.
  const timestamp = input.StartingPositionTimestamp;
  if (position === "AT_TIMESTAMP" && timestamp instanceof Date && timestamp.getTime() > now) throw invalidParameter("StartingPositionTimestamp cannot be in the future.");
  // Inferred (no recorded answer): a timestamp only goes with AT_TIMESTAMP.
  if (position !== "AT_TIMESTAMP" && input.StartingPositionTimestamp !== undefined) {
    throw invalidParameter("StartingPositionTimestamp is only valid when StartingPosition is AT_TIMESTAMP.");
  }
}

const isFifo = (config: EventSourceMappingConfiguration): boolean => config.EventSourceArn?.endsWith(".fifo") === true;

/**
 * Rules on the mapping as it would be after the change, so Update is checked against the stored values
 * (confirmed: [LS-SQS] invalid-update-event-source-mapping refuses an update that leaves BatchSize > 10
 * without a batching window).
 * @internal
 */
export function checkMergedConfig(source: SourceKind, config: EventSourceMappingConfiguration): void {
  const batch = config.BatchSize ?? 0;
  const window = config.MaximumBatchingWindowInSeconds ?? 0;
  if (source === "sqs" && isFifo(config)) {
    // Confirmed wording and order, quoted through CloudFormation: aws/aws-lambda-dotnet#1758 (2024) — a FIFO queue
    // with BatchSize 100 and a 5 s window was refused for the window, so the window is checked first.
    if (window > 0) throw invalidParameter("Batching window is not supported for FIFO queues");
    // [DOCS] "For FIFO queues the max is 10"; wording as Lambda answered for all SQS queues before 2020
    // (pulumi/pulumi-aws-serverless#20, 2018): inferred for FIFO today.
    if (batch > 10) throw invalidParameter("Maximum batch size must be between 1 and 10 inclusive");
  } else if (source === "sqs" && batch > 10 && window < 1) {
    // Confirmed: [LS-SQS] invalid-update-event-source-mapping (2025-11); the same answer on Create (aws/chalice#1778).
    throw invalidParameter("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
  }
  const age = config.MaximumRecordAgeInSeconds;
  // Confirmed: hashicorp/terraform-provider-aws#16113 (2021) quotes this answer for a value between 0 and 60.
  if (age !== undefined && age !== -1 && age < 60) throw invalidParameter("MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)");
}

/**
 * Filter syntax ("Invalid filter pattern definition.", confirmed by [LS-SQS] test_sqs_invalid_event_filter) and
 * the filters-per-mapping quota (wording inferred).
 * @internal
 */
export function checkFilterCriteria(criteria: FilterCriteria | undefined, maxFilters: number): void {
  const count = criteria?.Filters?.length ?? 0;
  if (count > maxFilters) {
    throw invalidParameter(`The number of filters in FilterCriteria (${count}) exceeds the limit of ${maxFilters} filters per event source mapping.`);
  }
  if (validateFilterCriteria(criteria, { maxFilters: Infinity }).length > 0) throw invalidParameter(INVALID_FILTER_PATTERN_MESSAGE);
}
