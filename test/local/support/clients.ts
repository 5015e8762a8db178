import * as sdk from "@aws-sdk/client-lambda";
import * as ours from "../../../src/index.js";
import type {
  CreateEventSourceMappingRequest,
  EventSourceMappingConfiguration,
  ListEventSourceMappingsRequest,
  ListEventSourceMappingsResponse,
  UpdateEventSourceMappingRequest,
} from "../../../src/models/shapes.js";
import type { LocalLambda } from "../../../src/local/index.js";

/** What every output carries. */
interface WithMetadata {
  $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number };
}
type Mapping = EventSourceMappingConfiguration & WithMetadata;

/** The five operations, the same way through either client library. */
export interface EsmApi {
  readonly name: string;
  create(input: CreateEventSourceMappingRequest): Promise<Mapping>;
  get(UUID: string): Promise<Mapping>;
  update(input: UpdateEventSourceMappingRequest): Promise<Mapping>;
  delete(UUID: string): Promise<Mapping>;
  list(input?: ListEventSourceMappingsRequest): Promise<ListEventSourceMappingsResponse & WithMetadata>;
  /** Every mapping through the library's own paginator. */
  listAll(input: ListEventSourceMappingsRequest, pageSize: number): Promise<{ pages: number; mappings: EventSourceMappingConfiguration[] }>;
  destroy(): void;
}

/** Client options beyond endpoint/region/credentials. */
export interface ApiOptions {
  maxAttempts?: number;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  systemClockOffset?: number;
  /** Our client only: check inputs against the model before sending. */
  validateInput?: boolean;
}

type Lib = typeof ours | typeof sdk;
type AnyClient = { send(command: unknown): Promise<unknown>; destroy(): void };

function makeApi(name: string, lib: Lib, client: AnyClient): EsmApi {
  // Both libraries export the same command names with the same shapes; the casts only bridge their nominal types.
  const send = <T>(command: unknown) => client.send(command) as Promise<T>;
  const C = lib as unknown as Record<string, new (input: unknown) => unknown>;
  return {
    name,
    create: (input) => send(new C.CreateEventSourceMappingCommand!(input)),
    get: (UUID) => send(new C.GetEventSourceMappingCommand!({ UUID })),
    update: (input) => send(new C.UpdateEventSourceMappingCommand!(input)),
    delete: (UUID) => send(new C.DeleteEventSourceMappingCommand!({ UUID })),
    list: (input = {}) => send(new C.ListEventSourceMappingsCommand!(input)),
    async listAll(input, pageSize) {
      const paginate = lib.paginateListEventSourceMappings as unknown as (
        config: { client: unknown; pageSize: number },
        input: ListEventSourceMappingsRequest,
      ) => AsyncIterable<ListEventSourceMappingsResponse>;
      const mappings: EventSourceMappingConfiguration[] = [];
      let pages = 0;
      for await (const page of paginate({ client, pageSize }, { ...input })) {
        pages++;
        mappings.push(...(page.EventSourceMappings ?? []));
      }
      return { pages, mappings };
    },
    destroy: () => client.destroy(),
  };
}

/** This project's client pointed at a local service. */
export function oursApi(local: LocalLambda, options: ApiOptions = {}): EsmApi {
  const client = new ours.LambdaClient({
    region: options.region ?? local.region,
    endpoint: local.endpoint,
    credentials: options.credentials ?? local.credentials,
    maxAttempts: options.maxAttempts,
    systemClockOffset: options.systemClockOffset,
    validateInput: options.validateInput,
  });
  return makeApi("lambda-event-source-mappings", ours, client as unknown as AnyClient);
}

/** `@aws-sdk/client-lambda` pointed at a local service. */
export function sdkApi(local: LocalLambda, options: ApiOptions = {}): EsmApi {
  const client = new sdk.LambdaClient({
    region: options.region ?? local.region,
    endpoint: local.endpoint,
    credentials: options.credentials ?? local.credentials,
    maxAttempts: options.maxAttempts,
    systemClockOffset: options.systemClockOffset,
  });
  return makeApi("@aws-sdk/client-lambda", sdk, client as unknown as AnyClient);
}

/** Both client libraries, for `describe.each`. */
export const apiFactories = [
  { library: "lambda-event-source-mappings", make: oursApi },
  { library: "@aws-sdk/client-lambda", make: sdkApi },
] as const;

/** The error a call rejects with (fails the test if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number; attempts?: number }; Type?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode?: number; attempts?: number }; Type?: string };
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** ARNs of sources used across the tests. */
export const arns = {
  queue: (name = "orders") => `arn:aws:sqs:us-east-1:123456789012:${name}`,
  stream: (name = "clicks") => `arn:aws:kinesis:us-east-1:123456789012:stream/${name}`,
  table: (name = "users") => `arn:aws:dynamodb:us-east-1:123456789012:table/${name}/stream/2026-01-01T00:00:00.000`,
  msk: (name = "cluster") => `arn:aws:kafka:us-east-1:123456789012:cluster/${name}/abcd1234-ab12-cd34-ef56-abcdef123456-1`,
  mq: (name = "broker") => `arn:aws:mq:us-east-1:123456789012:broker:${name}:b-1234`,
};
