// Input fixtures shared by the request tests: every member of Create and Update, nested ones included.

const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka-creds-AbCdEf";

/** A schema registry configuration with every member set. */
export const schemaRegistryConfig = () => ({
  SchemaRegistryURI: "arn:aws:glue:us-east-1:123456789012:registry/my-registry",
  EventRecordFormat: "JSON",
  AccessConfigs: [
    { Type: "BASIC_AUTH", URI: SECRET },
    { Type: "SERVER_ROOT_CA_CERTIFICATE", URI: SECRET },
  ],
  SchemaValidationConfigs: [{ Attribute: "KEY" }, { Attribute: "VALUE" }],
});

/** Every member of CreateEventSourceMappingRequest, each with a realistic value. */
export const fullCreateInput = () => ({
  EventSourceArn: "arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abcd1234-ab12-cd34-ef56-abcdef123456-1",
  FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD",
  Enabled: true,
  BatchSize: 500,
  FilterCriteria: { Filters: [{ Pattern: '{"body":{"status":["ok"],"n":[{"numeric":[">",5]}]}}' }, { Pattern: '{"é":["ü 🚀"]}' }] },
  MaximumBatchingWindowInSeconds: 20,
  ParallelizationFactor: 3,
  StartingPosition: "AT_TIMESTAMP",
  StartingPositionTimestamp: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)),
  DestinationConfig: { OnSuccess: { Destination: "arn:aws:sqs:us-east-1:123456789012:ok" }, OnFailure: { Destination: "arn:aws:sns:us-east-1:123456789012:fail" } },
  MaximumRecordAgeInSeconds: 604800,
  BisectBatchOnFunctionError: true,
  MaximumRetryAttempts: 10,
  Tags: { team: "data", "aws:cost center": "a/b+c=d", empty: "" },
  TumblingWindowInSeconds: 900,
  Topics: ["orders"],
  Queues: ["my-queue"],
  SourceAccessConfigurations: [
    { Type: "BASIC_AUTH", URI: SECRET },
    { Type: "VPC_SUBNET", URI: "subnet:subnet-0123456789abcdef0" },
    { Type: "VPC_SECURITY_GROUP", URI: "security_group:sg-0123456789abcdef0" },
  ],
  SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["b-1.example.com:9092", "b-2.example.com:9092"] } },
  FunctionResponseTypes: ["ReportBatchItemFailures"],
  AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: "group-1", SchemaRegistryConfig: schemaRegistryConfig() },
  SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: "group-2", SchemaRegistryConfig: schemaRegistryConfig() },
  ScalingConfig: { MaximumConcurrency: 50 },
  DocumentDBEventSourceConfig: { DatabaseName: "db", CollectionName: "coll", FullDocument: "UpdateLookup" },
  KMSKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  MetricsConfig: { Metrics: ["EventCount"] },
  LoggingConfig: { SystemLogLevel: "DEBUG" },
  ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 200, PollerGroupName: "group-a" },
});

/** Every member of UpdateEventSourceMappingRequest, each with a realistic value. */
export const fullUpdateInput = () => {
  const create = fullCreateInput();
  return {
    UUID: "14e0db71-5d35-4eb5-b481-8945cf9d10c2",
    FunctionName: create.FunctionName,
    Enabled: false,
    BatchSize: 100,
    FilterCriteria: create.FilterCriteria,
    MaximumBatchingWindowInSeconds: 0,
    DestinationConfig: create.DestinationConfig,
    MaximumRecordAgeInSeconds: -1,
    BisectBatchOnFunctionError: false,
    MaximumRetryAttempts: -1,
    ParallelizationFactor: 1,
    SourceAccessConfigurations: create.SourceAccessConfigurations,
    TumblingWindowInSeconds: 0,
    FunctionResponseTypes: create.FunctionResponseTypes,
    ScalingConfig: { MaximumConcurrency: 2 },
    AmazonManagedKafkaEventSourceConfig: create.AmazonManagedKafkaEventSourceConfig,
    SelfManagedKafkaEventSourceConfig: create.SelfManagedKafkaEventSourceConfig,
    DocumentDBEventSourceConfig: { DatabaseName: "db2", CollectionName: "c", FullDocument: "Default" },
    KMSKeyArn: create.KMSKeyArn,
    MetricsConfig: { Metrics: [] },
    LoggingConfig: { SystemLogLevel: "WARN" },
    ProvisionedPollerConfig: { MinimumPollers: 2, MaximumPollers: 3 },
  };
};

/** Odd but sendable inputs: the SDK sends them as given, so this library must too (validation off). */
export const oddBodies: Array<[string, () => Record<string, unknown>]> = [
  ["an empty input", () => ({})],
  ["only the required member", () => ({ FunctionName: "f" })],
  ["false and 0 members", () => ({ FunctionName: "f", Enabled: false, BatchSize: 0, BisectBatchOnFunctionError: false, MaximumRetryAttempts: 0, TumblingWindowInSeconds: 0 })],
  ["empty lists and objects", () => ({ FunctionName: "f", Topics: [], Queues: [], Tags: {}, FilterCriteria: {}, DestinationConfig: {}, SelfManagedEventSource: { Endpoints: {} }, MetricsConfig: { Metrics: [] }, SourceAccessConfigurations: [], ScalingConfig: {}, AmazonManagedKafkaEventSourceConfig: { SchemaRegistryConfig: { AccessConfigs: [], SchemaValidationConfigs: [] } } })],
  ["empty strings", () => ({ FunctionName: "", EventSourceArn: "", KMSKeyArn: "", Topics: [""], Tags: { "": "" } })],
  ["nulls and undefined at every level", () => ({ FunctionName: "f", EventSourceArn: null, BatchSize: undefined, DestinationConfig: { OnSuccess: null, OnFailure: { Destination: undefined } }, Topics: [null, "a", undefined], Tags: { a: null, b: "x", c: undefined }, FilterCriteria: { Filters: [{ Pattern: null }, null, { Pattern: "{}" }] }, SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: [null, "h:1"] } } })],
  ["unknown keys at every level", () => ({ FunctionName: "f", Unknown: 1, DestinationConfig: { OnFailure: { Destination: "d", Extra: true }, Bogus: {} }, FilterCriteria: { Filters: [{ Pattern: "{}", Why: "x" }], Also: [] }, ScalingConfig: { MaximumConcurrency: 2, Min: 1 } })],
  ["a Date with milliseconds", () => ({ FunctionName: "f", StartingPositionTimestamp: new Date(1700000000123) })],
  ["a whole-second Date", () => ({ FunctionName: "f", StartingPositionTimestamp: new Date(1700000000000) })],
  ["the epoch", () => ({ FunctionName: "f", StartingPositionTimestamp: new Date(0) })],
  ["a Date 1 ms after the epoch", () => ({ FunctionName: "f", StartingPositionTimestamp: new Date(1) })],
  ["a Date before the epoch", () => ({ FunctionName: "f", StartingPositionTimestamp: new Date(-1500) })],
  ["a far-future Date", () => ({ FunctionName: "f", StartingPositionTimestamp: new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)) })],
  ["a number as the timestamp", () => ({ FunctionName: "f", StartingPositionTimestamp: 1700000000.5 })],
  ["an ISO string as the timestamp", () => ({ FunctionName: "f", StartingPositionTimestamp: "2023-11-14T22:13:20Z" })],
  ["non-finite numbers", () => ({ FunctionName: "f", BatchSize: Number.NaN, MaximumBatchingWindowInSeconds: Number.POSITIVE_INFINITY, MaximumRetryAttempts: Number.NEGATIVE_INFINITY })],
  ["a fractional and a huge number", () => ({ FunctionName: "f", BatchSize: 1.5, MaximumRecordAgeInSeconds: 2 ** 53 })],
  ["a number as a string member", () => ({ FunctionName: 42, EventSourceArn: true })],
  ["a string as a number member", () => ({ FunctionName: "f", BatchSize: "10", Enabled: "true" })],
  ["unicode, quotes and control characters", () => ({ FunctionName: 'fn-é-🚀-"q"-\\-\u0000-\u2028', Tags: { "ключ": "值", "\n": "\t" } })],
  ["two topics and a URL registry", () => ({ FunctionName: "f", Topics: ["a", "b"], SelfManagedKafkaEventSourceConfig: { SchemaRegistryConfig: { SchemaRegistryURI: "https://registry.example.com:8081/p?x=1" } } })],
  ["a long list", () => ({ FunctionName: "f", Topics: Array.from({ length: 300 }, (_, i) => `topic-${i}`) })],
  ["a filter pattern of 4 KiB", () => ({ FunctionName: "f", FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ body: { k: ["x".repeat(4000)] } }) }] } })],
  ["map keys special to JavaScript objects", () => ({ FunctionName: "f", Tags: JSON.parse('{"__proto__":"p","constructor":"c","toString":"t"}'), SelfManagedEventSource: { Endpoints: JSON.parse('{"__proto__":["x:1"],"KAFKA_BOOTSTRAP_SERVERS":["y:2"]}') } })],
  ["more Endpoints keys than the enum", () => ({ FunctionName: "f", SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ["a:1"], OTHER: ["b:2"] } } })],
];
