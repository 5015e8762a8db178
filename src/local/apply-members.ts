import { shapeSchemas } from "../models/schema.js";
import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import { STREAM_SOURCES, type SourceKind } from "./event-source.js";

// Request members that are also members of the mapping, straight from the generated model.
const CONFIG_MEMBERS = new Set(shapeSchemas.EventSourceMappingConfiguration!.members!.map((m) => m.name));
const NOT_COPIED = new Set(["UUID", "State", "FunctionArn", "LastModified"]);

/**
 * Copies the members a Create or Update request sets onto the stored mapping, normalized as the
 * service reports them: clearing `FilterCriteria` removes it, a stream always keeps an `OnFailure` destination
 * (empty when cleared), and a Kafka consumer group id is the one Create was given (confirmed: localstack's
 * AWS-validated event-source-mapping-values keeps "random_id"), else the UUID, and never changes on Update.
 * @internal
 */
export function applyMembers(source: SourceKind, config: EventSourceMappingConfiguration, input: Record<string, unknown>, operation: "create" | "update"): void {
  const target = config as Record<string, unknown>;
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || !CONFIG_MEMBERS.has(name) || NOT_COPIED.has(name)) continue;
    const prior = target[name];
    if (isKafkaConfig(name) && prior) {
      const kept = operation === "update" ? { ConsumerGroupId: (prior as { ConsumerGroupId?: string }).ConsumerGroupId } : {};
      target[name] = { ...(prior as object), ...(value as object), ...kept };
    } else {
      target[name] = value;
    }
  }
  if (config.FilterCriteria && !config.FilterCriteria.Filters?.length) delete config.FilterCriteria;
  if (config.DestinationConfig) {
    for (const key of ["OnSuccess", "OnFailure"] as const) {
      const destination = config.DestinationConfig[key];
      if (destination && !destination.Destination) delete destination.Destination;
    }
    if (STREAM_SOURCES.includes(source)) config.DestinationConfig.OnFailure ??= {};
  }
}

const isKafkaConfig = (name: string): boolean => name === "AmazonManagedKafkaEventSourceConfig" || name === "SelfManagedKafkaEventSourceConfig";
