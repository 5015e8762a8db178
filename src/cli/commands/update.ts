import { UpdateEventSourceMappingCommand, type UpdateEventSourceMappingCommandInput } from "../../commands/update-event-source-mapping-command.js";
import type { CliCommand } from "../cli-command.js";
import { UPDATE_MAPPING_OPTIONS, buildMappingInput } from "../mapping-input.js";
import { renderMapping } from "../mapping-tables.js";

/** `lambda-esm update <uuid> [flags]`: UpdateEventSourceMapping. */
export const updateCommand: CliCommand = {
  name: "update",
  args: "<uuid> [options]",
  positionals: { min: 1, max: 1 },
  description: "Change an event source mapping (UpdateEventSourceMapping); --no-enabled pauses it, --enabled resumes it.",
  options: UPDATE_MAPPING_OPTIONS,
  async run({ client, values, positionals }) {
    const input = { ...buildMappingInput(values), UUID: positionals[0]! } as UpdateEventSourceMappingCommandInput;
    const data = await (await client()).send(new UpdateEventSourceMappingCommand(input));
    return { data, table: renderMapping };
  },
};
