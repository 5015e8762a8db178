import { shapeSchemas } from "../models/schema.js";

/** The member names of a shape of the model. */
export const memberNames = (shape: string): string[] => shapeSchemas[shape]!.members!.map((m) => m.name);

let createOnly: ReadonlySet<string> | undefined;

/**
 * Members of a CreateEventSourceMapping request that UpdateEventSourceMapping does not take, straight from the model:
 * `EventSourceArn`, `StartingPosition`, `StartingPositionTimestamp`, `Tags`, `Topics`, `Queues`, `SelfManagedEventSource`.
 * Computed on first use, so a bundle that never plans keeps no trace of it.
 */
export function createOnlyMembers(): ReadonlySet<string> {
  if (!createOnly) {
    const updatable = new Set(memberNames("UpdateEventSourceMappingRequest"));
    createOnly = new Set(memberNames("CreateEventSourceMappingRequest").filter((m) => !updatable.has(m)));
  }
  return createOnly;
}

/**
 * The create-only members that identify a mapping (the service's duplicate check): a different value is a different
 * mapping, not a change of this one.
 */
export const IDENTITY_MEMBERS: ReadonlySet<string> = new Set(["FunctionName", "EventSourceArn", "Topics", "Queues", "SelfManagedEventSource"]);

/**
 * Members the mapping never reports, so they cannot be compared: tags are read with ListTags, outside this API
 * (and changed with TagResource/UntagResource).
 */
export const UNREPORTED_MEMBERS: ReadonlySet<string> = new Set(["Tags"]);

/**
 * Sub-members that UpdateEventSourceMapping takes inside an updatable structure but that the service documents as
 * fixed after create. Sources: the API reference (model/lambda-esm-model.json) on
 * `AmazonManagedKafkaEventSourceConfig.ConsumerGroupId` and `SelfManagedKafkaEventSourceConfig.ConsumerGroupId`
 * ("After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value")
 * and `SelfManagedKafkaEventSourceConfig.ConsumptionMode` ("You cannot change ConsumptionMode after you create the
 * event source mapping"). test/apply/create-only-members.test.ts checks this list against the model's documentation.
 */
export const CREATE_ONLY_SUB_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  AmazonManagedKafkaEventSourceConfig: ["ConsumerGroupId"],
  SelfManagedKafkaEventSourceConfig: ["ConsumerGroupId", "ConsumptionMode"],
};

/** Why a create-only member (`StartingPosition`) or sub-member (`SelfManagedKafkaEventSourceConfig.ConsumerGroupId`) forces a replacement, in words a plan can show. */
export function replaceReason(member: string): string {
  const why = member.includes(".") ? "the service documents it as fixed after create" : "UpdateEventSourceMapping does not take it";
  return `${member} cannot change in place (${why}): the mapping must be deleted and created again`;
}
