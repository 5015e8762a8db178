import type { CreateEventSourceMappingCommandInput, CreateEventSourceMappingCommandOutput } from "./create-event-source-mapping-command.js";
import type { UpdateEventSourceMappingCommandInput, UpdateEventSourceMappingCommandOutput } from "./update-event-source-mapping-command.js";
import type { GetEventSourceMappingCommandInput, GetEventSourceMappingCommandOutput } from "./get-event-source-mapping-command.js";
import type { ListEventSourceMappingsCommandInput, ListEventSourceMappingsCommandOutput } from "./list-event-source-mappings-command.js";
import type { DeleteEventSourceMappingCommandInput, DeleteEventSourceMappingCommandOutput } from "./delete-event-source-mapping-command.js";

/** Union of every command input this client accepts. @public */
export type ServiceInputTypes = CreateEventSourceMappingCommandInput | UpdateEventSourceMappingCommandInput | GetEventSourceMappingCommandInput | ListEventSourceMappingsCommandInput | DeleteEventSourceMappingCommandInput;
/** Union of every command output this client returns. @public */
export type ServiceOutputTypes = CreateEventSourceMappingCommandOutput | UpdateEventSourceMappingCommandOutput | GetEventSourceMappingCommandOutput | ListEventSourceMappingsCommandOutput | DeleteEventSourceMappingCommandOutput;
