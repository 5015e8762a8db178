import { mappingNotFound } from "../errors.js";
import type { OperationHandler } from "./service-context.js";

/** GetEventSourceMapping: the mapping as it is now (due transitions settled), or 404. @internal */
export const getEventSourceMapping: OperationHandler = (context, input) => {
  const record = context.store.get(input.UUID as string, context.now);
  if (!record) throw mappingNotFound();
  return { status: 200, output: record.config };
};
