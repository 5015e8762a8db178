import { ListEventSourceMappingsCommand, type ListEventSourceMappingsCommandInput } from "../../commands/list-event-source-mappings-command.js";
import { ListEventSourceMappingsOperation } from "../../models/operations.js";
import type { CommandContext } from "../cli-command.js";
import { operationCommand } from "../operation-command.js";
import { paginateList } from "../paginate-list.js";

const send = async (input: Record<string, unknown>, { client }: CommandContext) =>
  (await client()).send(new ListEventSourceMappingsCommand(input as ListEventSourceMappingsCommandInput));

/**
 * `lambda-esm list-event-source-mappings` (alias `list`): ListEventSourceMappings, every page as the AWS CLI
 * (`--max-items` a total, `--page-size`, `--starting-token`, `--no-paginate` for one call).
 */
export const listEventSourceMappingsCommand = operationCommand(
  ListEventSourceMappingsOperation,
  {
    name: "list-event-source-mappings",
    aliases: ["list"],
    description: "List event source mappings (ListEventSourceMappings), following every page unless --no-paginate.",
  },
  send,
  (input, context) => paginateList(ListEventSourceMappingsOperation, input, context, async (request) => (await send(request, context)) as unknown as Record<string, unknown>),
);
