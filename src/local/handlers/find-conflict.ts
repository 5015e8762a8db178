import { modeledError } from "../errors.js";
import type { EventSourceMappingConfiguration } from "../../models/shapes.js";
import { conflictKey } from "../defaults.js";
import type { ServiceContext } from "./service-context.js";

/**
 * Raises `ResourceConflictException` when another mapping (in any state, Deleting included)
 * already joins this function to the same queue, stream or topic, in the service's wording.
 * @internal
 */
export function assertNoConflict(context: ServiceContext, candidate: EventSourceMappingConfiguration): void {
  const key = conflictKey(candidate.FunctionArn!, candidate);
  for (const record of context.store.list(context.now)) {
    if (record.config.UUID === candidate.UUID || conflictKey(record.config.FunctionArn!, record.config) !== key) continue;
    const source = candidate.EventSourceArn ?? candidate.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS?.join(",");
    const functionName = candidate.FunctionArn!.split(":").slice(6).join(":");
    throw modeledError(
      "ResourceConflictException",
      `The event source arn (" ${source} ") and function (" ${functionName} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${record.config.UUID}`,
    );
  }
}
