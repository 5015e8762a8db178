import { GetEventSourceMappingCommand, type GetEventSourceMappingCommandInput } from "../../commands/get-event-source-mapping-command.js";
import { GetEventSourceMappingOperation } from "../../models/operations.js";
import { operationCommand } from "../operation-command.js";

/** `lambda-esm get-event-source-mapping` (alias `get`): GetEventSourceMapping, as `aws lambda get-event-source-mapping`. */
export const getEventSourceMappingCommand = operationCommand(
  GetEventSourceMappingOperation,
  { name: "get-event-source-mapping", aliases: ["get"], description: "Show one event source mapping (GetEventSourceMapping)." },
  async (input, { client }) => (await client()).send(new GetEventSourceMappingCommand(input as unknown as GetEventSourceMappingCommandInput)),
);
