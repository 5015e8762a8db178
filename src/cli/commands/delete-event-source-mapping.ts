import { DeleteEventSourceMappingCommand, type DeleteEventSourceMappingCommandInput } from "../../commands/delete-event-source-mapping-command.js";
import { DeleteEventSourceMappingOperation } from "../../models/operations.js";
import { operationCommand } from "../operation-command.js";

/** `lambda-esm delete-event-source-mapping` (alias `delete`): DeleteEventSourceMapping, as `aws lambda delete-event-source-mapping`. */
export const deleteEventSourceMappingCommand = operationCommand(
  DeleteEventSourceMappingOperation,
  { name: "delete-event-source-mapping", aliases: ["delete"], description: "Delete an event source mapping (DeleteEventSourceMapping); prints the mapping, now Deleting." },
  async (input, { client }) => (await client()).send(new DeleteEventSourceMappingCommand(input as unknown as DeleteEventSourceMappingCommandInput)),
);
