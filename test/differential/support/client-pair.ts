import * as sdk from "@aws-sdk/client-lambda";
import { FetchHttpHandler as SdkFetchHttpHandler } from "@smithy/fetch-http-handler";
import type { AwsCredentialIdentity, HttpHandlerOptions } from "@smithy/types";
import * as ours from "../../../src/index.js";
import { HTTP_HANDLER } from "./http-handler.js";
import { startCaptureServer, type CaptureServer, type CapturedRequest, type ScriptedResponse } from "../../support/capture-server.js";

/** Credentials shared by both clients; the secret and token hold `/`, `+` and `=` on purpose. */
export const CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE/session+token==",
};
/** Region shared by both clients. */
export const REGION = "eu-west-1";

/** The five operations by name, each with this library's command class and the SDK's. */
export const COMMANDS = {
  CreateEventSourceMapping: [ours.CreateEventSourceMappingCommand, sdk.CreateEventSourceMappingCommand],
  UpdateEventSourceMapping: [ours.UpdateEventSourceMappingCommand, sdk.UpdateEventSourceMappingCommand],
  GetEventSourceMapping: [ours.GetEventSourceMappingCommand, sdk.GetEventSourceMappingCommand],
  ListEventSourceMappings: [ours.ListEventSourceMappingsCommand, sdk.ListEventSourceMappingsCommand],
  DeleteEventSourceMapping: [ours.DeleteEventSourceMappingCommand, sdk.DeleteEventSourceMappingCommand],
} as const;
/** One of the five operation names. */
export type OperationName = keyof typeof COMMANDS;
/** Every operation name, for `it.each`. */
export const OPERATIONS = Object.keys(COMMANDS) as OperationName[];

/** The handlers for one pair under {@link HTTP_HANDLER}, unless the test chose its own. */
const handlers = (config: Record<string, unknown>): { ours: Record<string, unknown>; sdk: Record<string, unknown> } =>
  HTTP_HANDLER === "fetch" && config.requestHandler === undefined
    ? { ours: { requestHandler: new ours.FetchHttpHandler() }, sdk: { requestHandler: new SdkFetchHttpHandler() } }
    : { ours: {}, sdk: {} };

/** What one client did with one `send()`: its result or error, and every request the server saw. */
export interface Outcome {
  output?: Record<string, unknown> & { $metadata?: Record<string, unknown> };
  error?: Error & Record<string, unknown> & { $metadata?: Record<string, unknown> };
  requests: CapturedRequest[];
}

/** Both clients pointed at one loopback capture server. */
export interface ClientPair {
  server: CaptureServer;
  ours: ours.LambdaClient;
  sdk: sdk.LambdaClient;
  /** Sends the same input through both clients, each answered by its own copy of `script` (then `200 {}`). */
  run(operation: OperationName, input: () => object, script?: ScriptedResponse[], options?: HttpHandlerOptions): Promise<{ ours: Outcome; sdk: Outcome }>;
  close(): Promise<void>;
}

type AnySend = (command: unknown, options?: HttpHandlerOptions) => Promise<Record<string, unknown>>;
type AnyCommand = new (input: never) => unknown;

/**
 * Starts a capture server and one client of each library on it, with the same options. `ourConfig`
 * is added to this library's client only (e.g. `validateInput: false` for inputs the model rejects
 * but the SDK sends anyway). `endpointSuffix` is appended to the server's URL (a path prefix or a query).
 */
export async function startClientPair(config: Record<string, unknown> = {}, ourConfig: Record<string, unknown> = {}, endpointSuffix = ""): Promise<ClientPair> {
  const server = await startCaptureServer();
  const shared = { region: REGION, credentials: CREDENTIALS, endpoint: server.endpoint + endpointSuffix, ...config };
  const handler = handlers(config);
  const oursClient = new ours.LambdaClient({ ...shared, ...handler.ours, ...ourConfig } as ours.LambdaClientConfig);
  const sdkClient = new sdk.LambdaClient({ ...shared, ...handler.sdk } as sdk.LambdaClientConfig);
  const sendWith = async (client: { send: unknown }, Command: AnyCommand, input: object, script: ScriptedResponse[], options?: HttpHandlerOptions): Promise<Outcome> => {
    const pending = [...script];
    server.respond(() => pending.shift() ?? { status: 200, body: "{}" });
    const start = server.requests.length;
    const outcome: Outcome = { requests: [] };
    try {
      outcome.output = await (client.send as AnySend).call(client, new Command(input as never), options);
    } catch (error) {
      outcome.error = error as Outcome["error"];
    }
    outcome.requests = server.requests.slice(start);
    return outcome;
  };
  return {
    server,
    ours: oursClient,
    sdk: sdkClient,
    async run(operation, input, script = [], options) {
      const [OurCommand, SdkCommand] = COMMANDS[operation];
      const oursOutcome = await sendWith(oursClient, OurCommand as AnyCommand, input(), script, options);
      const sdkOutcome = await sendWith(sdkClient, SdkCommand as AnyCommand, input(), script, options);
      return { ours: oursOutcome, sdk: sdkOutcome };
    },
    async close() {
      oursClient.destroy();
      sdkClient.destroy();
      await server.close();
    },
  };
}

/** The user agent with the library's name and version taken out, so the two clients' can be compared. */
export function normalizeUserAgent(value: unknown): string {
  return String(value)
    .replace(/^lambda-event-source-mappings\/[\w.-]+/, "<lib>/<v>")
    .replace(/^aws-sdk-js\/[\w.-]+/, "<lib>/<v>")
    .replace(/api\/lambda#[\w.-]+/, "api/lambda#<v>");
}
