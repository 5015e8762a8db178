import * as sdk from "@aws-sdk/client-lambda";
import * as ours from "../src/index.js";

/** Credentials the local service accepts by default. */
export const LOCAL_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };

/** The calls the suite makes, the same through either library. */
export interface SuiteClient {
  readonly library: "ours" | "sdk";
  create(input: { FunctionName: string; EventSourceArn: string; BatchSize?: number; Enabled?: boolean }): Promise<{ UUID?: string; BatchSize?: number }>;
  get(UUID: string, options?: { abortSignal?: AbortSignal }): Promise<{ UUID?: string; BatchSize?: number; State?: string }>;
  update(UUID: string, BatchSize: number): Promise<{ BatchSize?: number }>;
  delete(UUID: string): Promise<{ State?: string }>;
  list(FunctionName?: string, Marker?: string): Promise<{ EventSourceMappings?: { UUID?: string; BatchSize?: number; State?: string; EventSourceArn?: string }[]; NextMarker?: string }>;
  destroy(): void;
}

/** Client settings the suite varies. */
export interface SuiteClientOptions {
  endpoint: string;
  maxAttempts?: number;
  requestTimeout?: number;
}

type AnyClient = { send(command: unknown, options?: unknown): Promise<unknown>; destroy(): void };

/** A client of `library` for the local service (or a fault server) at `endpoint`. */
export function suiteClient(library: "ours" | "sdk", options: SuiteClientOptions): SuiteClient {
  const lib = (library === "ours" ? ours : sdk) as unknown as Record<string, new (input: unknown) => unknown>;
  const config = {
    region: "us-east-1",
    endpoint: options.endpoint,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: options.maxAttempts,
    // The SDK's handler only logs a warning at requestTimeout unless told to throw; ours always throws.
    ...(options.requestTimeout ? { requestHandler: { requestTimeout: options.requestTimeout, ...(library === "sdk" ? { throwOnRequestTimeout: true } : {}) } } : {}),
  };
  const client = new lib.LambdaClient!(config) as AnyClient;
  const send = <T>(name: string, input: unknown, sendOptions?: object): Promise<T> => client.send(new lib[name]!(input), sendOptions) as Promise<T>;
  return {
    library,
    create: (input) => send("CreateEventSourceMappingCommand", input),
    get: (UUID, sendOptions) => send("GetEventSourceMappingCommand", { UUID }, sendOptions),
    update: (UUID, BatchSize) => send("UpdateEventSourceMappingCommand", { UUID, BatchSize }),
    delete: (UUID) => send("DeleteEventSourceMappingCommand", { UUID }),
    list: (FunctionName, Marker) => send("ListEventSourceMappingsCommand", { FunctionName, Marker, MaxItems: 100 }),
    destroy: () => client.destroy(),
  };
}

/** Every mapping the service holds, page by page. */
export async function listEverything(client: SuiteClient): Promise<Map<string, { UUID?: string; BatchSize?: number; State?: string; EventSourceArn?: string }>> {
  const all = new Map<string, { UUID?: string; BatchSize?: number; State?: string; EventSourceArn?: string }>();
  let marker: string | undefined;
  do {
    const page = await client.list(undefined, marker);
    for (const m of page.EventSourceMappings ?? []) all.set(m.UUID!, m);
    marker = page.NextMarker;
  } while (marker);
  return all;
}

/** The error's name (`ResourceInUseException`, `TimeoutError`, ...), for tallies. */
export const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);
