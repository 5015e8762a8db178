import { mappingNotFound, modeledError } from "../errors.js";
import { beginTransition, isTransitional } from "../state-machine.js";
import { transitionFor } from "../state-table.js";
import type { OperationHandler } from "./service-context.js";

/** DeleteEventSourceMapping: `Deleting` for `transitionDelayMs`, then gone; refused while another change is in progress. @internal */
export const deleteEventSourceMapping: OperationHandler = (context, input) => {
  const record = context.store.get(input.UUID as string, context.now);
  if (!record) throw mappingNotFound();
  // Confirmed: the words go-to-k/cdkd records from a real-AWS run (2026-06-02) and boto3 tracebacks quote.
  if (isTransitional(record)) throw modeledError("ResourceInUseException", "Cannot delete the event source mapping because it is in use.");
  const transition = transitionFor("DeleteEventSourceMapping", record.enabled ? "Enabled" : "Disabled", "Deleted");
  beginTransition(record, transition.via!, transition.to, context.now, context.options.transitionDelayMs);
  context.store.put(record);
  return { status: 202, output: record.config };
};
