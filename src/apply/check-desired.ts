import { validateEventSourceMappingInput } from "../validation/validate-event-source-mapping-input.js";
import { EventSourceMappingPlanError } from "./plan-error.js";
import { describeMapping, desiredIdentity } from "./mapping-identity.js";
import type { DesiredEventSourceMapping } from "./types.js";

/**
 * Rejects, before any request, a desired list the service would reject or that is ambiguous: each entry must be a
 * valid CreateEventSourceMapping input (the model's constraints, as the client validates) with a source, and no two
 * entries may describe the same mapping (the service would refuse the second as a duplicate).
 */
export function checkDesired(desired: readonly DesiredEventSourceMapping[]): void {
  if (!Array.isArray(desired)) throw new EventSourceMappingPlanError("The desired mappings must be a list of CreateEventSourceMapping inputs.");
  const seen = new Map<string, number>();
  desired.forEach((mapping, index) => {
    if (typeof mapping !== "object" || mapping === null || Array.isArray(mapping)) {
      throw new EventSourceMappingPlanError(`Desired mapping #${index + 1} must be an object (a CreateEventSourceMapping input).`);
    }
    const label = describeMapping(mapping);
    const [problem] = validateEventSourceMappingInput("CreateEventSourceMapping", mapping);
    if (problem) {
      const member = problem.path || undefined;
      throw new EventSourceMappingPlanError(`Desired mapping #${index + 1} (${label}): ${member ?? "input"}: ${problem.message}`, { mapping: label, member });
    }
    if (mapping.EventSourceArn === undefined && mapping.SelfManagedEventSource === undefined) {
      throw new EventSourceMappingPlanError(`Desired mapping #${index + 1} (${label}): EventSourceArn or SelfManagedEventSource is required to identify the mapping.`, {
        mapping: label,
        member: "EventSourceArn",
      });
    }
    const identity = desiredIdentity(mapping);
    const first = seen.get(identity);
    if (first !== undefined) {
      throw new EventSourceMappingPlanError(`Desired mappings #${first + 1} and #${index + 1} are the same mapping (${label}): the service allows one mapping per function and source.`, {
        mapping: label,
      });
    }
    seen.set(identity, index);
  });
}
