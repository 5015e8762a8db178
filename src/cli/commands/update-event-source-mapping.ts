import { UpdateEventSourceMappingCommand, type UpdateEventSourceMappingCommandInput } from "../../commands/update-event-source-mapping-command.js";
import { UpdateEventSourceMappingOperation } from "../../models/operations.js";
import { operationCommand } from "../operation-command.js";

/** `lambda-esm update-event-source-mapping` (alias `update`): UpdateEventSourceMapping, as `aws lambda update-event-source-mapping`. */
export const updateEventSourceMappingCommand = operationCommand(
  UpdateEventSourceMappingOperation,
  {
    name: "update-event-source-mapping",
    aliases: ["update"],
    description: "Change an event source mapping (UpdateEventSourceMapping); --no-enabled pauses it, --enabled resumes it.",
  },
  async (input, { client }) => (await client()).send(new UpdateEventSourceMappingCommand(input as unknown as UpdateEventSourceMappingCommandInput)),
);
