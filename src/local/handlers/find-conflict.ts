import type { EventSourceMappingConfiguration } from "../../models/shapes.js";
import { modeledError } from "../errors.js";
import type { SourceKind } from "../event-source.js";
import type { MappingRecord } from "../mapping-record.js";
import type { ServiceContext } from "./service-context.js";

/** Where a mapping reads from: its queue, stream or cluster ARN, or its Kafka brokers. */
const sourcesOf = (config: EventSourceMappingConfiguration): readonly string[] =>
  config.EventSourceArn !== undefined ? [config.EventSourceArn] : (config.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS ?? []);

const overlaps = (a: readonly string[] = [], b: readonly string[] = []): boolean => a.some((x) => b.includes(x));

/** The function's name as the service prints it in conflict messages: the ARN's name part, no qualifier. */
const functionName = (functionArn: string): string => functionArn.split(":")[6]!;

/** What makes two mappings of one function the same, and how the service words the refusal. */
interface ConflictRule {
  /** Beyond a shared source: Kafka mappings clash only on a shared topic, MQ ones on a shared queue. */
  clashes(a: EventSourceMappingConfiguration, b: EventSourceMappingConfiguration): boolean;
  message(candidate: EventSourceMappingConfiguration, existingUuid: string): string;
}

const PLEASE = "Please update or delete the existing mapping with UUID";

// Confirmed: localstack's AWS-validated snapshots test_lambda_integration_{kinesis,dynamodbstreams}.snapshot.json
// (test_duplicate_event_source_mappings, 2025-11). Inferred for MQ and DocumentDB.
const ARN_WORDING: ConflictRule = {
  clashes: (a, b) => a.Queues === undefined || overlaps(a.Queues, b.Queues),
  message: (c, uuid) => `The event source arn (" ${c.EventSourceArn} ") and function (" ${functionName(c.FunctionArn!)} ") provided mapping already exists. ${PLEASE} ${uuid}`,
};

// Confirmed for self-managed Kafka (test_lambda_api.snapshot.json, duplicate-source and multiple-duplicate-source,
// 2024-09: the event source is the new request's broker list); inferred for MSK with the cluster ARN.
const KAFKA_WORDING: ConflictRule = {
  clashes: (a, b) => overlaps(a.Topics, b.Topics),
  message: (c, uuid) =>
    `An event source mapping with event source ("${sourcesOf(c).join(",")}"), function ("${c.FunctionArn}"), topics ("${(c.Topics ?? []).join(",")}") already exists. ${PLEASE} ${uuid}`,
};

/** For each kind of source: which mappings of one function clash, and the service's words for the refusal. @internal */
export const CONFLICT_RULES: Readonly<Record<SourceKind, ConflictRule>> = {
  // Confirmed: test_lambda_integration_sqs.snapshot.json (test_duplicate_event_source_mappings, 2025-11).
  sqs: {
    clashes: () => true,
    message: (c, uuid) => `An event source mapping with SQS arn (" ${c.EventSourceArn} ") and function (" ${functionName(c.FunctionArn!)} ") already exists. ${PLEASE} ${uuid}`,
  },
  kinesis: ARN_WORDING,
  dynamodb: ARN_WORDING,
  mq: ARN_WORDING,
  documentdb: ARN_WORDING,
  msk: KAFKA_WORDING,
  kafka: KAFKA_WORDING,
};

/**
 * Raises `ResourceConflictException` when another mapping (in any state, Deleting included) already joins the
 * same function to an overlapping source — the same queue, stream or cluster, or for self-managed Kafka any
 * shared broker — in the service's wording for that kind of source.
 * @internal
 */
export function assertNoConflict(context: ServiceContext, source: SourceKind, candidate: EventSourceMappingConfiguration): void {
  const rule = CONFLICT_RULES[source];
  const clash = (record: MappingRecord): boolean =>
    record.config.UUID !== candidate.UUID &&
    record.config.FunctionArn === candidate.FunctionArn &&
    overlaps(sourcesOf(record.config), sourcesOf(candidate)) &&
    rule.clashes(candidate, record.config);
  const existing = context.store.list(context.now).find(clash);
  if (existing) throw modeledError("ResourceConflictException", rule.message(candidate, existing.config.UUID!));
}
