import type { PaginationConfiguration, Paginator } from "@smithy/types";
import { LambdaClient } from "../client/lambda-client.js";
import {
  ListEventSourceMappingsCommand,
  type ListEventSourceMappingsCommandInput,
  type ListEventSourceMappingsCommandOutput,
} from "../commands/list-event-source-mappings-command.js";

/** Pagination options: the SDK's `PaginationConfiguration` for this client. */
export interface LambdaPaginationConfiguration extends Omit<PaginationConfiguration, "client"> {
  /** The client that sends each page request. */
  client: LambdaClient;
}

/**
 * Pages through ListEventSourceMappings, yielding each full output (`$metadata` included), exactly
 * as the SDK's paginator does: the first token is `startingToken ?? input.Marker`, `MaxItems`
 * defaults to `pageSize`, and it stops when `NextMarker` is empty. Unlike the SDK it also stops when
 * `NextMarker` repeats the token just sent (pass `stopOnSameToken: false` to keep the SDK's loop).
 * Like the SDK it sets `Marker` and `MaxItems` on the `input` object it is given.
 *
 * @example
 * ```ts
 * for await (const page of paginateListEventSourceMappings({ client, pageSize: 50 }, { FunctionName: "my-fn" })) {
 *   for (const mapping of page.EventSourceMappings ?? []) console.log(mapping.UUID);
 * }
 * ```
 */
export async function* paginateListEventSourceMappings(
  config: LambdaPaginationConfiguration,
  input: ListEventSourceMappingsCommandInput,
  ...additionalArguments: unknown[]
): Paginator<ListEventSourceMappingsCommandOutput> {
  const command = (config as { withCommand?: (c: ListEventSourceMappingsCommand) => ListEventSourceMappingsCommand | undefined }).withCommand ?? ((c) => c);
  let token: string | undefined = config.startingToken ?? input.Marker;
  let hasNext = true;
  while (hasNext) {
    input.Marker = token;
    input.MaxItems = input.MaxItems ?? config.pageSize;
    if (!(config.client instanceof LambdaClient)) throw new Error("Invalid client, expected instance of LambdaClient");
    const page: ListEventSourceMappingsCommandOutput = await config.client.send(
      command(new ListEventSourceMappingsCommand(input)) ?? new ListEventSourceMappingsCommand(input),
      ...(additionalArguments as []),
    );
    yield page;
    const previous = token;
    token = page.NextMarker;
    // A service that hands back the token it was given would loop forever: stop unless told otherwise.
    hasNext = !!(token && (config.stopOnSameToken === false || token !== previous));
  }
  return undefined;
}
