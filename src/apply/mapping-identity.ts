import type { CreateEventSourceMappingRequest, EventSourceMappingConfiguration } from "../models/shapes.js";
import { functionKey, sameFunction } from "./function-reference.js";

type SourceMembers = Pick<CreateEventSourceMappingRequest, "EventSourceArn" | "SelfManagedEventSource" | "Topics" | "Queues">;

/**
 * The source half of a mapping's identity, as the service tells duplicates apart (its ResourceConflictException):
 * the queue or stream ARN; for Kafka the cluster ARN (MSK) or the set of bootstrap servers (self-managed) plus the
 * topic; for Amazon MQ the broker ARN plus the queue.
 */
export function sourceKey(mapping: SourceMembers): string {
  const servers = mapping.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS;
  const source = mapping.EventSourceArn ?? `kafka://${[...(servers ?? [])].sort().join(",")}`;
  return [source, [...(mapping.Topics ?? [])].sort().join(","), [...(mapping.Queues ?? [])].sort().join(",")].join("\n");
}

/** The full identity of a desired mapping within one account and region: function (name and qualifier) and source. */
export function desiredIdentity(desired: CreateEventSourceMappingRequest): string {
  return `${functionKey(desired.FunctionName ?? "")}\n${sourceKey(desired)}`;
}

/** True when an existing mapping is the one `desired` describes (same function, same source). */
export function isSameMapping(desired: CreateEventSourceMappingRequest, actual: EventSourceMappingConfiguration): boolean {
  return sameFunction(desired.FunctionName ?? "", actual.FunctionArn) && sourceKey(desired) === sourceKey(actual);
}

/** A short human label naming a mapping by its function and source, used in plans, reports and errors. */
export function describeMapping(mapping: SourceMembers & { FunctionName?: string; FunctionArn?: string }): string {
  const fn = mapping.FunctionName ?? mapping.FunctionArn ?? "?";
  const servers = mapping.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS;
  let source = mapping.EventSourceArn ?? (servers ? `kafka://${servers.join(",")}` : "?");
  if (mapping.Topics?.length) source += ` topic ${mapping.Topics.join(",")}`;
  if (mapping.Queues?.length) source += ` queue ${mapping.Queues.join(",")}`;
  return `${fn} <- ${source}`;
}
