import type { LambdaClient } from "../client/lambda-client.js";
import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import { paginateListEventSourceMappings } from "../pagination/paginate-list-event-source-mappings.js";

/** Every mapping ListEventSourceMappings returns for a function (or, without one, in the account and region). */
export async function listMappings(client: LambdaClient, functionName?: string, abortSignal?: AbortSignal): Promise<EventSourceMappingConfiguration[]> {
  const all: EventSourceMappingConfiguration[] = [];
  const input = functionName === undefined ? {} : { FunctionName: functionName };
  const extra = abortSignal ? [{ abortSignal }] : [];
  for await (const page of paginateListEventSourceMappings({ client, pageSize: 100 }, input, ...extra)) {
    all.push(...(page.EventSourceMappings ?? []));
  }
  return all;
}
