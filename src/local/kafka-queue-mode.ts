/**
 * Whether a self-managed Kafka request or mapping consumes in Queue mode (a Kafka share group). The API reference
 * (model/, SelfManagedKafkaEventSourceConfig.ConsumptionMode): "When ConsumptionMode is Queue, the StartingPosition,
 * StartingPositionTimestamp, and MaximumBatchingWindowInSeconds parameters are not supported."
 * @internal
 */
export const isKafkaQueueMode = (value: { SelfManagedKafkaEventSourceConfig?: unknown }): boolean =>
  (value.SelfManagedKafkaEventSourceConfig as { ConsumptionMode?: unknown } | undefined)?.ConsumptionMode === "Queue";

/** The members a Queue-mode mapping does not take (see {@link isKafkaQueueMode}). @internal */
export const QUEUE_MODE_UNSUPPORTED: readonly string[] = ["StartingPosition", "StartingPositionTimestamp", "MaximumBatchingWindowInSeconds"];
