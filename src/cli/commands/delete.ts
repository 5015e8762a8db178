import { DeleteEventSourceMappingCommand } from "../../commands/delete-event-source-mapping-command.js";
import type { CliCommand } from "../cli-command.js";
import { renderMapping } from "../mapping-tables.js";

/** `lambda-esm delete <uuid>`: DeleteEventSourceMapping. */
export const deleteCommand: CliCommand = {
  name: "delete",
  args: "<uuid>",
  positionals: { min: 1, max: 1 },
  description: "Delete an event source mapping (DeleteEventSourceMapping); prints the mapping, now Deleting.",
  options: {},
  async run({ client, positionals }) {
    const data = await (await client()).send(new DeleteEventSourceMappingCommand({ UUID: positionals[0]! }));
    return { data, table: renderMapping };
  },
};
