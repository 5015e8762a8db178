import { GetEventSourceMappingCommand } from "../../commands/get-event-source-mapping-command.js";
import type { CliCommand } from "../cli-command.js";
import { renderMapping } from "../mapping-tables.js";

/** `lambda-esm get <uuid>`: GetEventSourceMapping. */
export const getCommand: CliCommand = {
  name: "get",
  args: "<uuid>",
  positionals: { min: 1, max: 1 },
  description: "Show one event source mapping (GetEventSourceMapping).",
  options: {},
  async run({ client, positionals }) {
    const data = await (await client()).send(new GetEventSourceMappingCommand({ UUID: positionals[0]! }));
    return { data, table: renderMapping };
  },
};
