import { createEventSourceMapping } from "./create-event-source-mapping.js";
import { deleteEventSourceMapping } from "./delete-event-source-mapping.js";
import { getEventSourceMapping } from "./get-event-source-mapping.js";
import { listEventSourceMappings } from "./list-event-source-mappings.js";
import type { OperationHandler } from "./service-context.js";
import { updateEventSourceMapping } from "./update-event-source-mapping.js";

/** The handler of each operation, keyed by the operation names of the generated table. @internal */
export const operationHandlers: Readonly<Record<string, OperationHandler>> = {
  CreateEventSourceMapping: createEventSourceMapping,
  GetEventSourceMapping: getEventSourceMapping,
  UpdateEventSourceMapping: updateEventSourceMapping,
  DeleteEventSourceMapping: deleteEventSourceMapping,
  ListEventSourceMappings: listEventSourceMappings,
};
