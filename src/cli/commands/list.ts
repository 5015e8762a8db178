import { ListEventSourceMappingsCommand, type ListEventSourceMappingsCommandInput } from "../../commands/list-event-source-mappings-command.js";
import type { EventSourceMappingConfiguration } from "../../models/index.js";
import { paginateListEventSourceMappings } from "../../pagination/paginate-list-event-source-mappings.js";
import { integerArg } from "../arg-values.js";
import type { CliCommand } from "../cli-command.js";
import { renderMappingList } from "../mapping-tables.js";

/** `lambda-esm list`: ListEventSourceMappings, one page or (`--all`) every page. */
export const listCommand: CliCommand = {
  name: "list",
  args: "[options]",
  positionals: { min: 0, max: 0 },
  description: "List event source mappings (ListEventSourceMappings): one page, or every page with --all.",
  options: {
    "function-name": { type: "string", value: "<name|arn>", help: "Only mappings of this function" },
    "event-source-arn": { type: "string", value: "<arn>", help: "Only mappings of this event source" },
    "max-items": { type: "string", value: "<n>", help: "Page size (MaxItems)" },
    marker: { type: "string", value: "<marker>", help: "Start from this page marker (NextMarker of a previous page)" },
    all: { type: "boolean", help: "Follow NextMarker and print every mapping as one list" },
  },
  async run({ client, values }) {
    const input: ListEventSourceMappingsCommandInput = {};
    if (values["function-name"] !== undefined) input.FunctionName = values["function-name"] as string;
    if (values["event-source-arn"] !== undefined) input.EventSourceArn = values["event-source-arn"] as string;
    if (values["max-items"] !== undefined) input.MaxItems = integerArg(values["max-items"] as string, "max-items");
    if (values.marker !== undefined) input.Marker = values.marker as string;
    if (values.all !== true) return { data: await (await client()).send(new ListEventSourceMappingsCommand(input)), table: renderMappingList };
    const EventSourceMappings: EventSourceMappingConfiguration[] = [];
    for await (const page of paginateListEventSourceMappings({ client: await client() }, input)) {
      EventSourceMappings.push(...(page.EventSourceMappings ?? []));
    }
    return { data: { EventSourceMappings }, table: renderMappingList };
  },
};
