import { CreateEventSourceMappingCommand, type CreateEventSourceMappingCommandInput } from "../../commands/create-event-source-mapping-command.js";
import type { CliCommand } from "../cli-command.js";
import { CREATE_MAPPING_OPTIONS, buildMappingInput } from "../mapping-input.js";
import { renderMapping } from "../mapping-tables.js";

/** `lambda-esm create [flags]`: CreateEventSourceMapping. */
export const createCommand: CliCommand = {
  name: "create",
  args: "[options]",
  positionals: { min: 0, max: 0 },
  description: "Create an event source mapping (CreateEventSourceMapping).",
  options: CREATE_MAPPING_OPTIONS,
  async run({ client, values }) {
    const input = buildMappingInput(values) as unknown as CreateEventSourceMappingCommandInput;
    const data = await (await client()).send(new CreateEventSourceMappingCommand(input));
    return { data, table: renderMapping };
  },
};
