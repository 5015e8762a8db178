import type { LambdaClient } from "../client/lambda-client.js";
import {
  CreateEventSourceMappingCommand,
  type CreateEventSourceMappingCommandInput,
  type CreateEventSourceMappingCommandOutput,
} from "../commands/create-event-source-mapping-command.js";
import { GetEventSourceMappingCommand } from "../commands/get-event-source-mapping-command.js";
import { diffMapping, isInSync } from "./diff-mapping.js";
import { listMappings } from "./list-mappings.js";
import { isSameMapping } from "./mapping-identity.js";

// The service's duplicate message ends with the UUID of the mapping in the way, e.g. "…Please update or delete the
// existing mapping with UUID 2bac96f9-…" (a real answer quoted in DataBiosphere/azul issue 3399, from Terraform).
const EXISTING_UUID = /UUID\s+([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/;

/**
 * CreateEventSourceMapping that is safe to retry: exactly when the Create meets `ResourceConflictException` because a
 * mapping of the same function and source already exists **and that mapping matches the input** (every member the
 * input sets, and the service defaults of those it leaves out), it returns the existing mapping instead of failing.
 * That is the outcome of a Create whose first attempt was stored but whose answer was lost (a timeout or a dropped
 * connection, then the client's retry). Any other conflict, such as an existing mapping with another batch size, is
 * thrown unchanged, as is every other error.
 * @param client - the client to send with (its retries apply to the Create as usual).
 * @param input - the CreateEventSourceMapping input.
 * @param options - `abortSignal` for the requests.
 * @returns the created mapping, or the existing one that matches (read with GetEventSourceMapping; `$metadata` of that read).
 * @example
 * ```ts
 * import { LambdaClient, createEventSourceMappingIdempotent } from "lambda-event-source-mappings";
 *
 * const client = new LambdaClient({ region: "us-east-1", requestHandler: { requestTimeout: 5_000 } });
 * const mapping = await createEventSourceMappingIdempotent(client, {
 *   FunctionName: "orders", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:orders", BatchSize: 10,
 * });
 * console.log(mapping.UUID); // the same UUID whether this call or an earlier, timed-out attempt created it
 * ```
 */
export async function createEventSourceMappingIdempotent(
  client: LambdaClient,
  input: CreateEventSourceMappingCommandInput,
  options: { abortSignal?: AbortSignal } = {},
): Promise<CreateEventSourceMappingCommandOutput> {
  try {
    return await client.send(new CreateEventSourceMappingCommand(input), options);
  } catch (error) {
    if ((error as { name?: string }).name !== "ResourceConflictException") throw error;
    const existing = await findExisting(client, input, (error as Error).message, options.abortSignal);
    if (existing && existing.State !== "Deleting" && isInSync(diffMapping(input, existing))) return existing;
    throw error;
  }
}

/** The mapping the conflict is about: by the UUID the message names, else by listing the function. */
async function findExisting(
  client: LambdaClient,
  input: CreateEventSourceMappingCommandInput,
  message: string | undefined,
  abortSignal: AbortSignal | undefined,
): Promise<CreateEventSourceMappingCommandOutput | undefined> {
  const uuid = EXISTING_UUID.exec(message ?? "")?.[1];
  if (uuid) {
    try {
      const found = await client.send(new GetEventSourceMappingCommand({ UUID: uuid }), { abortSignal });
      if (isSameMapping(input, found)) return found;
    } catch {
      // Gone meanwhile, or not readable: fall back to listing.
    }
  }
  const listed = (await listMappings(client, input.FunctionName, abortSignal)).find((m) => isSameMapping(input, m));
  return listed && { ...listed, $metadata: {} };
}
