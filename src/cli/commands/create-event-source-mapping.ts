import { CreateEventSourceMappingCommand, type CreateEventSourceMappingCommandInput } from "../../commands/create-event-source-mapping-command.js";
import { CreateEventSourceMappingOperation } from "../../models/operations.js";
import { operationCommand } from "../operation-command.js";

/** `lambda-esm create-event-source-mapping` (alias `create`): CreateEventSourceMapping, as `aws lambda create-event-source-mapping`. */
export const createEventSourceMappingCommand = operationCommand(
  CreateEventSourceMappingOperation,
  { name: "create-event-source-mapping", aliases: ["create"], description: "Create an event source mapping (CreateEventSourceMapping)." },
  async (input, { client }) => (await client()).send(new CreateEventSourceMappingCommand(input as unknown as CreateEventSourceMappingCommandInput)),
);
