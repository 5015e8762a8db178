/**
 * The conformance table: one request per rule of the service, with the answer AWS Lambda gives (status, error
 * code, message, the member the body carries it in, and response fields), and where that answer is recorded.
 *
 * `confirmed` answers quote a recorded AWS answer; `inferred` ones follow the API reference or the nearest
 * recorded wording (docs/local-service.md says which is which). Records cited:
 * - LS-API: localstack tests/aws/services/lambda_/test_lambda_api.snapshot.json (AWS-validated snapshots)
 * - LS-SQS / LS-KINESIS / LS-DDB: localstack tests/aws/services/lambda_/event_source_mapping/
 *   test_lambda_integration_{sqs,kinesis,dynamodbstreams}.snapshot.json (AWS-validated snapshots)
 * - DOCS: the Lambda API reference, as vendored in model/ with the member documentation
 */
import type { LocalLambdaOptions } from "../../src/local/index.js";
import type { CreateEventSourceMappingRequest, ListEventSourceMappingsRequest, UpdateEventSourceMappingRequest } from "../../src/models/shapes.js";

/** Functions the local service is told exist in every case (others are unknown to it). */
export const KNOWN_FUNCTIONS = ["fn", "other-fn"];
/** The function most rows map, and its ARN as the service reports it. */
export const FN = "fn";
export const FN_ARN = "arn:aws:lambda:us-east-1:123456789012:function:fn";
// Event sources of each kind the rows use.

export const QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders";
export const FIFO_QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders.fifo";
export const STREAM = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks";
export const TABLE_STREAM = "arn:aws:dynamodb:us-east-1:123456789012:table/users/stream/2026-01-01T00:00:00.000";
export const MSK = "arn:aws:kafka:us-east-1:123456789012:cluster/payments/abcd1234-ab12-cd34-ef56-abcdef123456-1";
export const DOCDB = "arn:aws:rds:us-east-1:123456789012:cluster:docs";
export const MQ = "arn:aws:mq:us-east-1:123456789012:broker:jobs:b-1234abcd-12ab-34cd-56ef-1234567890ab";
const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka-creds";
const BASIC_AUTH = [{ Type: "BASIC_AUTH" as const, URI: SECRET }];
const brokers = (...servers: string[]) => ({ Endpoints: { KAFKA_BOOTSTRAP_SERVERS: servers } });

/** Marks a request member as the UUID of the n-th `given` mapping. */
export const given = (n: number): string => `$given${n}`;

/** One operation call. */
export type Call =
  | { op: "create"; input: CreateEventSourceMappingRequest }
  | { op: "update"; input: UpdateEventSourceMappingRequest }
  | { op: "get" | "delete"; UUID: string }
  | { op: "list"; input: ListEventSourceMappingsRequest };

/** What the answer is checked against; functions get the UUIDs of the given mappings and of the answer. */
export interface Expected {
  status: number;
  /** The error code (`x-amzn-errortype`), for errors. */
  code?: string;
  message?: string | ((uuids: { given: string[] }) => string);
  /** The member of the error body that holds the message, as the service sends it. */
  messageKey?: "message" | "Message";
  /** Members the answer has, with their values. */
  fields?: Record<string, unknown> | ((uuids: { given: string[]; answer: string }) => Record<string, unknown>);
  /** Members the answer does not have. */
  absent?: readonly string[];
}

/** One row of the table. */
export interface ConformanceCase {
  rule: string;
  confirmed: boolean;
  /** The record of the service's answer (or, for inferred rules, what the answer follows). */
  source: string;
  /** Settings of the local service for this row (transition delays, injected faults). */
  service?: Pick<LocalLambdaOptions, "transitionDelayMs" | "faults">;
  /** Mappings created first. */
  givenMappings?: readonly CreateEventSourceMappingRequest[];
  /** A call made after the given mappings exist and before the one checked (e.g. disabling one). */
  before?: Call;
  call: Call;
  expect: Expected;
}

const IPVE = { status: 400, code: "InvalidParameterValueException", messageKey: "message" } as const;
const VALIDATION = { status: 400, code: "ValidationException", messageKey: "message" } as const;
const CONFLICT = { status: 409, code: "ResourceConflictException", messageKey: "message" } as const;
const NOT_FOUND = { status: 404, code: "ResourceNotFoundException", messageKey: "Message", message: "The resource you requested does not exist." } as const;
const create = (input: Omit<CreateEventSourceMappingRequest, "FunctionName"> & { FunctionName?: string }): Call => ({ op: "create", input: { FunctionName: FN, ...input } });

const STREAM_DEFAULTS = {
  BatchSize: 100,
  BisectBatchOnFunctionError: false,
  DestinationConfig: { OnFailure: {} },
  FunctionResponseTypes: [],
  LastProcessingResult: "No records processed",
  MaximumBatchingWindowInSeconds: 0,
  MaximumRecordAgeInSeconds: -1,
  MaximumRetryAttempts: -1,
  ParallelizationFactor: 1,
  StateTransitionReason: "User action",
  TumblingWindowInSeconds: 0,
  State: "Creating",
  FunctionArn: FN_ARN,
};
const NOT_ON_SQS = ["LastProcessingResult", "StartingPosition", "ParallelizationFactor", "DestinationConfig", "MaximumRecordAgeInSeconds", "MaximumRetryAttempts", "BisectBatchOnFunctionError", "TumblingWindowInSeconds", "Topics", "Queues"];

/** The table. */
export const CASES: readonly ConformanceCase[] = [
  // ---- the model's constraints, answered by the service's validation framework before any rule of its own
  {
    rule: "a StartingPosition outside the enum",
    confirmed: true,
    source: "LS-API test_create_event_source_validation_kinesis / invalid_starting_position (2025-11); the body member `message` is inferred (boto3 keeps no body members of an unmodeled error)",
    call: create({ EventSourceArn: STREAM, StartingPosition: "invalid" as "LATEST" }),
    expect: {
      ...VALIDATION,
      message: "1 validation error detected: Value 'invalid' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
    },
  },
  {
    rule: "a lower-case StartingPosition (enums are case-sensitive)",
    confirmed: false,
    source: "the framework's enum check as in LS-API invalid_starting_position; issue 8 measured 'latest' being refused",
    call: create({ EventSourceArn: STREAM, StartingPosition: "latest" as "LATEST" }),
    expect: {
      ...VALIDATION,
      message: "1 validation error detected: Value 'latest' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
    },
  },
  {
    rule: "no FunctionName",
    confirmed: false,
    source: "the framework's null form, confirmed for startingPosition (LS-API no_starting_position), applied to the model's required member",
    call: { op: "create", input: { EventSourceArn: QUEUE } as CreateEventSourceMappingRequest },
    expect: { ...VALIDATION, message: "1 validation error detected: Value null at 'functionName' failed to satisfy constraint: Member must not be null" },
  },
  {
    rule: "several violations are counted and joined, in model member order",
    confirmed: false,
    source: "the count and '; ' joining of AWS's framework messages (Lambda's routingConfig answers in LS-API); the order of members inferred",
    call: create({ EventSourceArn: STREAM, StartingPosition: "invalid" as "LATEST", BatchSize: 20000, ParallelizationFactor: 11 }),
    expect: {
      ...VALIDATION,
      message:
        "3 validation errors detected: Value '20000' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000; " +
        "Value '11' at 'parallelizationFactor' failed to satisfy constraint: Member must have value less than or equal to 10; " +
        "Value 'invalid' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
    },
  },
  {
    rule: "an EventSourceArn longer than the service takes",
    confirmed: false,
    source: "the framework's length form; 2048, the length AWS models give ARNs elsewhere (IAM arnType, STS RoleArn), since Lambda's model has no length on Arn",
    call: create({ EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:${"q".repeat(2048)}` }),
    expect: { ...VALIDATION, message: `1 validation error detected: Value 'arn:aws:sqs:us-east-1:123456789012:${"q".repeat(2048)}' at 'eventSourceArn' failed to satisfy constraint: Member must have length less than or equal to 2048` },
  },
  // ---- the kind of source
  {
    rule: "no EventSourceArn and no SelfManagedEventSource",
    confirmed: true,
    source: "LS-API test_event_source_mapping_exceptions / create_no_event_source_arn (2025-11)",
    call: create({}),
    expect: { ...IPVE, message: "Unrecognized event source." },
  },
  {
    rule: "an ARN of a service Lambda does not poll",
    confirmed: true,
    source: "aws-controllers-k8s/community#2250 (AWS answer quoted, 2025)",
    call: create({ EventSourceArn: "arn:aws:events:us-east-1:123456789012:rule/my-rule" }),
    expect: { ...IPVE, message: "Unrecognized event source. Unsupported source arn : arn:aws:events:us-east-1:123456789012:rule/my-rule" },
  },
  // ---- members per source
  {
    rule: "an OnSuccess destination on SQS, checked before the function exists",
    confirmed: true,
    source: "LS-API test_event_source_mapping_exceptions / destination_config_failure (2025-11)",
    call: create({ FunctionName: "doesnotexist", EventSourceArn: QUEUE, DestinationConfig: { OnSuccess: { Destination: "arn:aws:sqs:us-east-1:123456789012:other" } } }),
    expect: { ...IPVE, message: "Unsupported DestinationConfig parameter for given event source mapping type." },
  },
  {
    rule: "an OnSuccess destination on a stream",
    confirmed: false,
    source: "DOCS DestinationConfig: a mapping sends only discarded records (OnFailure); localstack refuses OnSuccess for every source",
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST", DestinationConfig: { OnSuccess: { Destination: "arn:aws:sqs:us-east-1:123456789012:other" } } }),
    expect: { ...IPVE, message: "Unsupported DestinationConfig parameter for given event source mapping type." },
  },
  {
    rule: "an OnFailure destination on SQS",
    confirmed: false,
    source: "DOCS DestinationConfig: (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka); the words AWS gave for DestinationConfig on a source that did not take it, aws/aws-cdk#19917 (2022)",
    call: create({ EventSourceArn: QUEUE, DestinationConfig: { OnFailure: { Destination: "arn:aws:sqs:us-east-1:123456789012:dlq" } } }),
    expect: { ...IPVE, message: "Unsupported 'destinationConfig' parameter for given event source mapping type." },
  },
  {
    rule: "ParallelizationFactor on SQS",
    confirmed: false,
    source: "DOCS (Kinesis and DynamoDB Streams only); the form AWS answers for a member the source does not take: pulumi/pulumi-aws#1418 and hashicorp/terraform-provider-aws#17888 ('maximumBatchingWindowInSeconds', 2021), aws/aws-cdk#19917 ('destinationConfig', 2022), go-to-k/cdkd lambda-eventsource-provider.ts ('ConsumptionMode', probed 2026-09) (serverless/serverless#7049, 2019, had it unquoted)",
    call: create({ EventSourceArn: QUEUE, ParallelizationFactor: 2 }),
    expect: { ...IPVE, message: "Unsupported 'parallelizationFactor' parameter for given event source mapping type." },
  },
  {
    rule: "TumblingWindowInSeconds on SQS",
    confirmed: false,
    source: "DOCS (Kinesis and DynamoDB Streams only); wording as for ParallelizationFactor",
    call: create({ EventSourceArn: QUEUE, TumblingWindowInSeconds: 30 }),
    expect: { ...IPVE, message: "Unsupported 'tumblingWindowInSeconds' parameter for given event source mapping type." },
  },
  {
    rule: "ScalingConfig on a stream",
    confirmed: false,
    source: "DOCS ScalingConfig: (Amazon SQS only)",
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST", ScalingConfig: { MaximumConcurrency: 5 } }),
    expect: { ...IPVE, message: "Unsupported 'scalingConfig' parameter for given event source mapping type." },
  },
  {
    rule: "a stream-only member on an SQS Update is checked against the stored mapping's source",
    confirmed: false,
    source: "DOCS (Kinesis and DynamoDB Streams only); same rule as on Create",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: { op: "update", input: { UUID: given(0), BisectBatchOnFunctionError: true } },
    expect: { ...IPVE, message: "Unsupported 'bisectBatchOnFunctionError' parameter for given event source mapping type." },
  },
  {
    rule: "a Kafka consumer group config on a stream",
    confirmed: false,
    source: "DOCS SelfManagedKafkaEventSourceConfig (self-managed Apache Kafka only); the quoted form of pulumi/pulumi-aws#1418 (error body, 2021)",
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST", SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "orders" } }),
    expect: { ...IPVE, message: "Unsupported 'selfManagedKafkaEventSourceConfig' parameter for given event source mapping type." },
  },
  {
    rule: "an Update naming the consumer group of a self-managed Kafka mapping, even unchanged",
    confirmed: true,
    source: "go-to-k/cdkd src/provisioning/providers/lambda-eventsource-provider.ts (measured live 2026-09-27: \"Unsupported '<block>.consumerGroupId' parameter\" on both Kafka kinds, even for the current value); the end of the sentence as in the other records",
    givenMappings: [{ FunctionName: FN, Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000"), SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "orders" } }],
    call: { op: "update", input: { UUID: given(0), SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "orders" } } },
    expect: { ...IPVE, message: "Unsupported 'selfManagedKafkaEventSourceConfig.consumerGroupId' parameter for given event source mapping type." },
  },
  {
    rule: "an Update naming the consumption mode of a self-managed Kafka mapping",
    confirmed: true,
    source: "go-to-k/cdkd src/provisioning/providers/lambda-eventsource-provider.ts (measured live 2026-09-27: \"Unsupported 'ConsumptionMode' parameter for given event source mapping type\", Stream and Queue alike); DOCS ConsumptionMode (\"You cannot change ConsumptionMode\")",
    givenMappings: [{ FunctionName: FN, Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") }],
    call: { op: "update", input: { UUID: given(0), SelfManagedKafkaEventSourceConfig: { ConsumptionMode: "Stream" } } },
    expect: { ...IPVE, message: "Unsupported 'ConsumptionMode' parameter for given event source mapping type." },
  },
  {
    rule: "an Update naming the consumer group of an Amazon MSK mapping",
    confirmed: true,
    source: "go-to-k/cdkd src/provisioning/providers/lambda-eventsource-provider.ts (measured live 2026-09-27, MSK as for self-managed Kafka)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: MSK, Topics: ["payments"], StartingPosition: "LATEST" }],
    call: { op: "update", input: { UUID: given(0), AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: "other-group" } } },
    expect: { ...IPVE, message: "Unsupported 'amazonManagedKafkaEventSourceConfig.consumerGroupId' parameter for given event source mapping type." },
  },
  // ---- starting positions
  {
    rule: "StartingPosition on SQS",
    confirmed: true,
    source: "boto/boto3#1613 (AWS answer quoted, 2018)",
    call: create({ EventSourceArn: QUEUE, StartingPosition: "LATEST" }),
    expect: { ...IPVE, message: "StartingPosition is not valid for SQS event sources." },
  },
  {
    rule: "no StartingPosition on a Kinesis stream",
    confirmed: true,
    source: "LS-API test_create_event_source_validation_kinesis / no_starting_position (2025-11)",
    call: create({ EventSourceArn: STREAM }),
    expect: { ...IPVE, message: "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null." },
  },
  {
    rule: "no StartingPosition on a DynamoDB stream",
    confirmed: true,
    source: "LS-API test_create_event_source_validation / no_starting_position (2025-11)",
    call: create({ EventSourceArn: TABLE_STREAM }),
    expect: { ...IPVE, message: "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null." },
  },
  {
    rule: "AT_TIMESTAMP on a DynamoDB stream",
    confirmed: true,
    source: "LS-API test_create_event_source_validation / incompatible_starting_position (2025-11)",
    call: create({ EventSourceArn: TABLE_STREAM, StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: new Date("2026-01-01T00:00:00Z") }),
    expect: { ...IPVE, message: `Unsupported starting position for arn type: ${TABLE_STREAM}` },
  },
  {
    rule: "a StartingPositionTimestamp in the future",
    confirmed: false,
    source: "DOCS StartingPositionTimestamp (\"StartingPositionTimestamp cannot be in the future.\"); the reference's sentence as the answer",
    call: create({ EventSourceArn: STREAM, StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: new Date("2100-01-01T00:00:00Z") }),
    expect: { ...IPVE, message: "StartingPositionTimestamp cannot be in the future." },
  },
  {
    rule: "AT_TIMESTAMP without StartingPositionTimestamp",
    confirmed: true,
    source: "awsdocs/aws-cloudformation-user-guide#334 (AWS answer quoted through CloudFormation, 2019)",
    call: create({ EventSourceArn: STREAM, StartingPosition: "AT_TIMESTAMP" }),
    expect: { ...IPVE, message: "Need to specify a timestamp" },
  },
  // ---- batching
  {
    rule: "SQS BatchSize over 10 without a batching window",
    confirmed: true,
    source: "aws/chalice#1778 and ansible-collections/amazon.aws#1995 (AWS answer quoted on Create)",
    call: create({ EventSourceArn: QUEUE, BatchSize: 11 }),
    expect: { ...IPVE, message: "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10" },
  },
  {
    rule: "an Update leaving SQS BatchSize over 10 without a batching window",
    confirmed: true,
    source: "LS-SQS test_event_source_mapping_default_batch_size / invalid-update-event-source-mapping (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: { op: "update", input: { UUID: given(0), BatchSize: 15 } },
    expect: { ...IPVE, message: "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10" },
  },
  {
    rule: "SQS BatchSize over 10 with a batching window is kept",
    confirmed: true,
    source: "LS-SQS test_sqs_event_source_mapping_batch_size[15] (2025-11)",
    call: create({ EventSourceArn: QUEUE, BatchSize: 15, MaximumBatchingWindowInSeconds: 1 }),
    expect: { status: 202, fields: { BatchSize: 15, MaximumBatchingWindowInSeconds: 1, State: "Creating" } },
  },
  {
    rule: "FIFO queue BatchSize over 10",
    confirmed: false,
    source: "DOCS BatchSize (FIFO max 10); wording Lambda used for every SQS queue before 2020 (pulumi/pulumi-aws-serverless#20)",
    call: create({ EventSourceArn: FIFO_QUEUE, BatchSize: 11 }),
    expect: { ...IPVE, message: "Maximum batch size must be between 1 and 10 inclusive" },
  },
  {
    rule: "a batching window on a FIFO queue",
    confirmed: true,
    source: "aws/aws-lambda-dotnet#1758 (AWS answer quoted through CloudFormation, 2024)",
    call: create({ EventSourceArn: FIFO_QUEUE, BatchSize: 10, MaximumBatchingWindowInSeconds: 5 }),
    expect: { ...IPVE, message: "Batching window is not supported for FIFO queues" },
  },
  {
    rule: "a batching window on a FIFO queue is refused before a batch size over 10",
    confirmed: true,
    source: "aws/aws-lambda-dotnet#1758 (2024: BatchSize = 100, MaximumBatchingWindowInSeconds = 5 on a .fifo queue, answered \"Batching window is not supported for FIFO queues\")",
    call: create({ EventSourceArn: FIFO_QUEUE, BatchSize: 100, MaximumBatchingWindowInSeconds: 5 }),
    expect: { ...IPVE, message: "Batching window is not supported for FIFO queues" },
  },
  {
    rule: "MaximumRecordAgeInSeconds between 0 and 60",
    confirmed: true,
    source: "hashicorp/terraform-provider-aws#16113 (AWS answer quoted, 2021)",
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST", MaximumRecordAgeInSeconds: 30 }),
    expect: { ...IPVE, message: "MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)" },
  },
  {
    rule: "an invalid filter pattern",
    confirmed: true,
    source: "LS-SQS test_sqs_invalid_event_filter (2025-11)",
    call: create({ EventSourceArn: QUEUE, FilterCriteria: { Filters: [{ Pattern: "this is a test string" }] } }),
    expect: { ...IPVE, message: "Invalid filter pattern definition." },
  },
  // ---- functions
  {
    rule: "an unknown function on Create",
    confirmed: true,
    source: "LS-API test_event_source_mapping_exceptions / create_unknown_params (2025-11)",
    call: create({ FunctionName: "doesnotexist", EventSourceArn: QUEUE }),
    expect: { ...IPVE, message: "Function does not exist" },
  },
  {
    rule: "an unknown function on Update",
    confirmed: false,
    source: "as on Create (LS-API create_unknown_params)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: { op: "update", input: { UUID: given(0), FunctionName: "doesnotexist" } },
    expect: { ...IPVE, message: "Function does not exist" },
  },
  {
    rule: "List filtered by an unknown function",
    confirmed: true,
    source: "LS-API test_event_source_mapping_exceptions (list_event_source_mappings(FunctionName='doesnotexist') succeeds)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: { op: "list", input: { FunctionName: "doesnotexist" } },
    expect: { status: 200, fields: { EventSourceMappings: [] } },
  },
  {
    rule: "a qualified function name keeps its qualifier in FunctionArn",
    confirmed: true,
    source: "LS-API test_function_name_variations / partial_arn_alias_create_esm (2025-11)",
    call: create({ FunctionName: "fn:myalias", EventSourceArn: QUEUE }),
    expect: { status: 202, fields: { FunctionArn: `${FN_ARN}:myalias` } },
  },
  // ---- unknown mappings
  { rule: "Get an unknown UUID", confirmed: true, source: "LS-API get_unknown_uuid (2025-11)", call: { op: "get", UUID: "0f8d2a5e-0000-4000-8000-000000000000" }, expect: NOT_FOUND },
  { rule: "Delete an unknown UUID", confirmed: true, source: "LS-API delete_unknown_uuid (2025-11)", call: { op: "delete", UUID: "0f8d2a5e-0000-4000-8000-000000000000" }, expect: NOT_FOUND },
  {
    rule: "Update an unknown UUID",
    confirmed: true,
    source: "LS-API update_unknown_uuid (2025-11)",
    call: { op: "update", input: { UUID: "0f8d2a5e-0000-4000-8000-000000000000", Enabled: false } },
    expect: NOT_FOUND,
  },
  // ---- changes while a change is in progress, and the service's faults (the body members as the model names them)
  {
    rule: "an Update while the mapping is still Creating",
    confirmed: true,
    source: "thiagoesteves/aws_sse_sqs include/message.hrl (AWS's 400 body {\"Type\":\"User\",\"Message\":\"Cannot update the event source mapping because it is in use.\"}, 2020); Amazon::Lambda::Runtime::Builder 1.2.3 release notes (the same words on an Update right after Create)",
    service: { transitionDelayMs: 600_000 },
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: { op: "update", input: { UUID: given(0), BatchSize: 5 } },
    expect: { status: 400, code: "ResourceInUseException", messageKey: "Message", message: "Cannot update the event source mapping because it is in use." },
  },
  {
    rule: "a Delete while the mapping is still Creating",
    confirmed: true,
    source: "go-to-k/cdkd (\"Cannot delete the event source mapping because it is in use.\", a real-AWS sweep 2026-06-02); a boto3 traceback of DeleteEventSourceMapping quoting the same words",
    service: { transitionDelayMs: 600_000 },
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: { op: "delete", UUID: given(0) },
    expect: { status: 400, code: "ResourceInUseException", messageKey: "Message", message: "Cannot delete the event source mapping because it is in use." },
  },
  {
    rule: "throttling (injected)",
    confirmed: false,
    source: "model: TooManyRequestsException (429, members message and Reason); AWS's API throttling wording 'Rate exceeded'",
    service: { faults: { rate: 1, kinds: ["throttle"], operations: ["ListEventSourceMappings"] } },
    call: { op: "list", input: {} },
    expect: { status: 429, code: "TooManyRequestsException", messageKey: "message", message: "Rate exceeded" },
  },
  {
    rule: "a service fault (injected)",
    confirmed: false,
    source: "model: ServiceException (500, member Message)",
    service: { faults: { rate: 1, kinds: ["server-error"], operations: ["GetEventSourceMapping"] } },
    call: { op: "get", UUID: "0f8d2a5e-0000-4000-8000-000000000000" },
    expect: { status: 500, code: "ServiceException", messageKey: "Message", message: "The service encountered an internal error. Please try again." },
  },
  // ---- conflicts
  {
    rule: "a second SQS mapping for the same function and queue",
    confirmed: true,
    source: "LS-SQS test_duplicate_event_source_mappings (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: create({ EventSourceArn: QUEUE }),
    expect: {
      ...CONFLICT,
      message: ({ given }) => `An event source mapping with SQS arn (" ${QUEUE} ") and function (" fn ") already exists. Please update or delete the existing mapping with UUID ${given[0]}`,
    },
  },
  {
    rule: "a second Kinesis mapping for the same function and stream",
    confirmed: true,
    source: "LS-KINESIS test_duplicate_event_source_mappings (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: STREAM, StartingPosition: "LATEST" }],
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST" }),
    expect: {
      ...CONFLICT,
      message: ({ given }) => `The event source arn (" ${STREAM} ") and function (" fn ") provided mapping already exists. Please update or delete the existing mapping with UUID ${given[0]}`,
    },
  },
  {
    rule: "a second DynamoDB mapping for the same function and stream",
    confirmed: true,
    source: "LS-DDB test_duplicate_event_source_mappings (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: TABLE_STREAM, StartingPosition: "TRIM_HORIZON" }],
    call: create({ EventSourceArn: TABLE_STREAM, StartingPosition: "LATEST" }),
    expect: {
      ...CONFLICT,
      message: ({ given }) => `The event source arn (" ${TABLE_STREAM} ") and function (" fn ") provided mapping already exists. Please update or delete the existing mapping with UUID ${given[0]}`,
    },
  },
  {
    rule: "another function on the same queue is no conflict",
    confirmed: true,
    source: "LS-KINESIS test_create_kinesis_event_source_mapping_multiple_lambdas_single_kinesis_event_stream (two functions, one stream)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE }],
    call: create({ FunctionName: "other-fn", EventSourceArn: QUEUE }),
    expect: { status: 202, fields: { FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:other-fn" } },
  },
  // ---- self-managed Kafka
  {
    rule: "self-managed Kafka without SourceAccessConfigurations",
    confirmed: true,
    source: "LS-API test_create_event_source_self_managed / missing-source-access-configuration (2024-09)",
    call: create({ Topics: ["topic"], SelfManagedEventSource: brokers("kafka:1000") }),
    expect: { ...IPVE, message: "Required 'sourceAccessConfigurations' parameter is missing." },
  },
  {
    rule: "self-managed Kafka defaults (StartingPosition optional, TRIM_HORIZON; the UUID as consumer group)",
    confirmed: true,
    source: "LS-API test_create_event_source_self_managed / event-source-mapping-default (2024-09)",
    call: create({ Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") }),
    expect: {
      status: 202,
      fields: ({ answer }) => ({
        BatchSize: 100,
        FunctionArn: FN_ARN,
        LastProcessingResult: "No records processed",
        SelfManagedEventSource: brokers("kafka:1000"),
        SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: answer },
        SourceAccessConfigurations: BASIC_AUTH,
        StartingPosition: "TRIM_HORIZON",
        State: "Creating",
        StateTransitionReason: "USER_INITIATED",
        Topics: ["topic"],
      }),
      absent: ["MaximumBatchingWindowInSeconds", "FunctionResponseTypes", "DestinationConfig", "ParallelizationFactor", "EventSourceArn"],
    },
  },
  {
    rule: "self-managed Kafka keeps a given ConsumerGroupId, BatchSize and StartingPosition",
    confirmed: true,
    source: "LS-API test_create_event_source_self_managed / event-source-mapping-values (2024-09)",
    call: create({
      Topics: ["topic_2"],
      SourceAccessConfigurations: BASIC_AUTH,
      SelfManagedEventSource: brokers("kafka:1000"),
      BatchSize: 1,
      SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "random_id" },
      StartingPosition: "LATEST",
    }),
    expect: { status: 202, fields: { BatchSize: 1, SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "random_id" }, StartingPosition: "LATEST", Topics: ["topic_2"] } },
  },
  {
    rule: "a second self-managed Kafka mapping for the same function, broker and topic",
    confirmed: true,
    source: "LS-API test_create_event_source_self_managed / duplicate-source (2024-09)",
    givenMappings: [{ FunctionName: FN, Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") }],
    call: create({ Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") }),
    expect: {
      ...CONFLICT,
      message: ({ given }) =>
        `An event source mapping with event source ("kafka:1000"), function ("${FN_ARN}"), topics ("topic") already exists. Please update or delete the existing mapping with UUID ${given[0]}`,
    },
  },
  {
    rule: "another topic on the same brokers is no conflict",
    confirmed: true,
    source: "LS-API test_create_event_source_self_managed / event-source-mapping-values (topic_2 created beside topic, 2024-09)",
    givenMappings: [{ FunctionName: FN, Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") }],
    call: create({ Topics: ["topic_2"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") }),
    expect: { status: 202, fields: { Topics: ["topic_2"], State: "Creating" } },
  },
  {
    rule: "a self-managed Kafka mapping in Queue mode takes no StartingPosition",
    confirmed: false,
    source: "DOCS SelfManagedKafkaEventSourceConfig.ConsumptionMode (\"When ConsumptionMode is Queue, the StartingPosition, StartingPositionTimestamp, and MaximumBatchingWindowInSeconds parameters are not supported\"); the quoted form of pulumi/pulumi-aws#1418",
    call: create({
      Topics: ["topic"],
      SourceAccessConfigurations: BASIC_AUTH,
      SelfManagedEventSource: brokers("kafka:1000"),
      SelfManagedKafkaEventSourceConfig: { ConsumptionMode: "Queue" },
      StartingPosition: "LATEST",
    }),
    expect: { ...IPVE, message: "Unsupported 'startingPosition' parameter for given event source mapping type." },
  },
  {
    rule: "a self-managed Kafka mapping in Queue mode gets no default StartingPosition",
    confirmed: false,
    source: "DOCS ConsumptionMode (Queue mode does not support StartingPosition); the other defaults as for Stream mode (LS-API event-source-mapping-default)",
    call: create({ Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000"), SelfManagedKafkaEventSourceConfig: { ConsumptionMode: "Queue" } }),
    expect: {
      status: 202,
      fields: ({ answer }) => ({ BatchSize: 100, SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: answer, ConsumptionMode: "Queue" }, State: "Creating" }),
      absent: ["StartingPosition", "MaximumBatchingWindowInSeconds"],
    },
  },
  {
    rule: "an Update giving a Queue-mode Kafka mapping a batching window",
    confirmed: false,
    source: "DOCS ConsumptionMode (Queue mode does not support MaximumBatchingWindowInSeconds), checked against the stored mapping's mode",
    givenMappings: [{ FunctionName: FN, Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000"), SelfManagedKafkaEventSourceConfig: { ConsumptionMode: "Queue" } }],
    call: { op: "update", input: { UUID: given(0), MaximumBatchingWindowInSeconds: 2 } },
    expect: { ...IPVE, message: "Unsupported 'maximumBatchingWindowInSeconds' parameter for given event source mapping type." },
  },
  {
    rule: "a second MSK mapping for the same function, cluster and topic",
    confirmed: false,
    source: "wording as for self-managed Kafka (LS-API duplicate-source), with the cluster ARN as the event source",
    givenMappings: [{ FunctionName: FN, EventSourceArn: MSK, Topics: ["payments"], StartingPosition: "LATEST" }],
    call: create({ EventSourceArn: MSK, Topics: ["payments"], StartingPosition: "TRIM_HORIZON" }),
    expect: {
      ...CONFLICT,
      message: ({ given }) =>
        `An event source mapping with event source ("${MSK}"), function ("${FN_ARN}"), topics ("payments") already exists. Please update or delete the existing mapping with UUID ${given[0]}`,
    },
  },
  {
    rule: "a self-managed Kafka mapping on an overlapping broker list",
    confirmed: true,
    source: "LS-API test_create_event_source_self_managed / multiple-duplicate-source (2024-09)",
    givenMappings: [
      { FunctionName: FN, Topics: ["topic"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") },
      { FunctionName: FN, Topics: ["topic_2"], SourceAccessConfigurations: BASIC_AUTH, SelfManagedEventSource: brokers("kafka:1000") },
    ],
    call: create({
      Topics: ["topic"],
      SourceAccessConfigurations: BASIC_AUTH,
      SelfManagedEventSource: brokers("kafka:1000", "kafka:2000"),
      BatchSize: 1,
      SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "random_id" },
    }),
    expect: {
      ...CONFLICT,
      message: ({ given }) =>
        `An event source mapping with event source ("kafka:1000,kafka:2000"), function ("${FN_ARN}"), topics ("topic") already exists. Please update or delete the existing mapping with UUID ${given[0]}`,
    },
  },
  // ---- defaults and states
  {
    rule: "SQS defaults and the members an SQS answer leaves out",
    confirmed: true,
    source: "LS-SQS test_event_source_mapping_default_batch_size / create-event-source-mapping (2025-11)",
    call: create({ EventSourceArn: QUEUE }),
    expect: {
      status: 202,
      fields: ({ answer }) => ({
        BatchSize: 10,
        EventSourceArn: QUEUE,
        EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${answer}`,
        FunctionArn: FN_ARN,
        FunctionResponseTypes: [],
        MaximumBatchingWindowInSeconds: 0,
        State: "Creating",
        StateTransitionReason: "USER_INITIATED",
      }),
      absent: NOT_ON_SQS,
    },
  },
  {
    rule: "an SQS mapping created disabled answers Disabled at once",
    confirmed: true,
    source: "LS-SQS test_fifo_message_group_parallelism / create_esm_disabled (2025-11)",
    call: create({ EventSourceArn: FIFO_QUEUE, BatchSize: 1, Enabled: false }),
    expect: { status: 202, fields: { State: "Disabled", BatchSize: 1, MaximumBatchingWindowInSeconds: 0, StateTransitionReason: "USER_INITIATED" } },
  },
  {
    rule: "enabling a disabled SQS mapping answers Enabling",
    confirmed: true,
    source: "LS-SQS test_fifo_message_group_parallelism / update_esm_enabling (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: FIFO_QUEUE, BatchSize: 1, Enabled: false }],
    call: { op: "update", input: { UUID: given(0), Enabled: true } },
    expect: { status: 202, fields: { State: "Enabling", BatchSize: 1 } },
  },
  {
    rule: "changing the function of an SQS mapping answers Updating",
    confirmed: true,
    source: "LS-SQS test_sqs_event_source_mapping_update / updated_esm (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: QUEUE, MaximumBatchingWindowInSeconds: 1 }],
    call: { op: "update", input: { UUID: given(0), FunctionName: "other-fn" } },
    expect: { status: 202, fields: { State: "Updating", FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:other-fn", MaximumBatchingWindowInSeconds: 1 } },
  },
  {
    rule: "Kinesis defaults",
    confirmed: true,
    source: "LS-KINESIS test_create_kinesis_event_source_mapping / create_event_source_mapping_response (2025-11)",
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST" }),
    expect: { status: 202, fields: { ...STREAM_DEFAULTS, EventSourceArn: STREAM, StartingPosition: "LATEST" }, absent: ["ScalingConfig", "Topics", "Queues"] },
  },
  {
    rule: "DynamoDB Streams defaults",
    confirmed: true,
    source: "LS-API test_create_event_filter_criteria_validation / response-with-empty-filters (2025-12)",
    call: create({ EventSourceArn: TABLE_STREAM, StartingPosition: "LATEST", FilterCriteria: { Filters: [] } }),
    expect: { status: 202, fields: { ...STREAM_DEFAULTS, EventSourceArn: TABLE_STREAM, StartingPosition: "LATEST" }, absent: ["FilterCriteria", "ScalingConfig"] },
  },
  {
    rule: "a stream's given on-failure destination and retries are kept beside the defaults",
    confirmed: true,
    source: "LS-API test_event_source_mapping_lifecycle / create_response (2025-11)",
    call: create({
      EventSourceArn: TABLE_STREAM,
      DestinationConfig: { OnFailure: { Destination: QUEUE } },
      BatchSize: 1,
      StartingPosition: "TRIM_HORIZON",
      MaximumBatchingWindowInSeconds: 1,
      MaximumRetryAttempts: 1,
    }),
    expect: {
      status: 202,
      fields: { ...STREAM_DEFAULTS, BatchSize: 1, DestinationConfig: { OnFailure: { Destination: QUEUE } }, MaximumBatchingWindowInSeconds: 1, MaximumRetryAttempts: 1, StartingPosition: "TRIM_HORIZON" },
    },
  },
  {
    rule: "Delete answers Deleting with the mapping",
    confirmed: true,
    source: "LS-API test_event_source_mapping_lifecycle / delete_response (2025-11)",
    givenMappings: [{ FunctionName: FN, EventSourceArn: TABLE_STREAM, StartingPosition: "TRIM_HORIZON" }],
    call: { op: "delete", UUID: given(0) },
    expect: { status: 202, fields: { ...STREAM_DEFAULTS, State: "Deleting", StartingPosition: "TRIM_HORIZON" } },
  },
  {
    rule: "Amazon MSK defaults",
    confirmed: false,
    source: "as self-managed Kafka (LS-API event-source-mapping-default), with AmazonManagedKafkaEventSourceConfig",
    call: create({ EventSourceArn: MSK, Topics: ["payments"], StartingPosition: "LATEST" }),
    expect: {
      status: 202,
      fields: ({ answer }) => ({ BatchSize: 100, Topics: ["payments"], AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: answer }, StateTransitionReason: "USER_INITIATED" }),
      absent: ["MaximumBatchingWindowInSeconds", "FunctionResponseTypes"],
    },
  },
  {
    rule: "Amazon MQ defaults",
    confirmed: false,
    source: "DOCS BatchSize (Amazon MQ default 100); no batching window in the answer, as for Kafka (same 500 ms default)",
    call: create({ EventSourceArn: MQ, Queues: ["jobs"], SourceAccessConfigurations: BASIC_AUTH }),
    expect: { status: 202, fields: { BatchSize: 100, Queues: ["jobs"], State: "Creating", StateTransitionReason: "USER_INITIATED" }, absent: ["StartingPosition", "MaximumBatchingWindowInSeconds"] },
  },
  {
    rule: "StartingPosition on Amazon MQ",
    confirmed: false,
    source: "DOCS StartingPosition (streams, Kafka and DocumentDB); wording as for SQS (boto/boto3#1613)",
    call: create({ EventSourceArn: MQ, Queues: ["jobs"], SourceAccessConfigurations: BASIC_AUTH, StartingPosition: "LATEST" }),
    expect: { ...IPVE, message: "StartingPosition is not valid for Amazon MQ event sources." },
  },
  {
    rule: "Kafka without Topics",
    confirmed: false,
    source: "DOCS Topics (required for Amazon MSK and self-managed Kafka, msk-esm-parameters)",
    call: create({ EventSourceArn: MSK, StartingPosition: "LATEST" }),
    expect: { ...IPVE, message: "Topics is required for Amazon MSK event sources." },
  },
  {
    rule: "DocumentDB without a database name",
    confirmed: false,
    source: "DOCS DocumentDBEventSourceConfig.DatabaseName (required)",
    call: create({ EventSourceArn: DOCDB, SourceAccessConfigurations: BASIC_AUTH, StartingPosition: "LATEST" }),
    expect: { ...IPVE, message: "DocumentDBEventSourceConfig.DatabaseName is required for Amazon DocumentDB event sources." },
  },
  {
    rule: "DocumentDB defaults",
    confirmed: false,
    source: "DOCS BatchSize (default 100 for every source but SQS)",
    call: create({ EventSourceArn: DOCDB, SourceAccessConfigurations: BASIC_AUTH, StartingPosition: "LATEST", DocumentDBEventSourceConfig: { DatabaseName: "shop", FullDocument: "UpdateLookup" } }),
    expect: {
      status: 202,
      fields: { BatchSize: 100, StartingPosition: "LATEST", DocumentDBEventSourceConfig: { DatabaseName: "shop", FullDocument: "UpdateLookup" }, StateTransitionReason: "USER_INITIATED" },
      absent: ["ParallelizationFactor", "FunctionResponseTypes", "DestinationConfig"],
    },
  },
  {
    rule: "a Kinesis mapping created disabled answers Disabled at once",
    confirmed: false,
    source: "as for SQS (LS-SQS create_esm_disabled); localstack answers Disabled at once for every source",
    call: create({ EventSourceArn: STREAM, StartingPosition: "LATEST", Enabled: false }),
    expect: { status: 202, fields: { State: "Disabled", StateTransitionReason: "User action" } },
  },
];
