/** The kinds of event source Lambda polls, as the local service tells them apart. @internal */
export type SourceKind = "sqs" | "kinesis" | "dynamodb" | "msk" | "kafka" | "mq" | "documentdb";

/** How the service names each kind in messages. @internal */
export const SOURCE_LABELS: Readonly<Record<SourceKind, string>> = {
  sqs: "SQS",
  kinesis: "Kinesis",
  dynamodb: "DynamoDB Streams",
  msk: "Amazon MSK",
  kafka: "self-managed Apache Kafka",
  mq: "Amazon MQ",
  documentdb: "Amazon DocumentDB",
};

/** Kinesis and DynamoDB streams: the sources with stream-only settings (bisect, tumbling windows, record age). @internal */
export const STREAM_SOURCES: readonly SourceKind[] = ["kinesis", "dynamodb"];

/**
 * Tells the kind of event source from its ARN (the ARN's service, and the resource for DynamoDB
 * streams and DocumentDB clusters), or self-managed Kafka when there is no ARN but a
 * `SelfManagedEventSource`; `undefined` for anything Lambda cannot poll.
 * @internal
 */
export function classifySource(eventSourceArn: string | undefined, selfManaged: boolean): SourceKind | undefined {
  if (eventSourceArn === undefined) return selfManaged ? "kafka" : undefined;
  const [prefix, , service, , , ...rest] = eventSourceArn.split(":");
  if (prefix !== "arn") return undefined;
  const resource = rest.join(":");
  switch (service) {
    case "sqs":
      return "sqs";
    case "kinesis":
      return "kinesis";
    case "dynamodb":
      return /^table\/[^/]+\/stream\//.test(resource) ? "dynamodb" : undefined;
    case "kafka":
      return "msk";
    case "mq":
      return "mq";
    case "rds":
      return resource.startsWith("cluster:") ? "documentdb" : undefined;
    default:
      return undefined;
  }
}
