// Consumer programs written into a fresh install of the packed tarball.

/** Exercises the ESM entry points end to end: the client against the packaged local service. */
export const ESM_PROGRAM = `
import { LambdaClient, CreateEventSourceMappingCommand, GetEventSourceMappingCommand, ResourceNotFoundException, LambdaServiceException, EventSourcePosition, paginateListEventSourceMappings } from "lambda-event-source-mappings";
import { startLocalLambda } from "lambda-event-source-mappings/local";
import { HttpRequest } from "@smithy/protocol-http";
const local = await startLocalLambda();
const client = new LambdaClient({ region: local.region, credentials: local.credentials, endpoint: local.endpoint });
const requestClasses = [];
client.middlewareStack.add((next) => async (args) => { requestClasses.push(args.request instanceof HttpRequest); return next(args); }, { step: "finalizeRequest", name: "instanceCheck" });
const created = await client.send(new CreateEventSourceMappingCommand({ FunctionName: "f", EventSourceArn: "arn:aws:sqs:" + local.region + ":123456789012:q" }));
const got = await client.send(new GetEventSourceMappingCommand({ UUID: created.UUID }));
let missing;
try { await client.send(new GetEventSourceMappingCommand({ UUID: "00000000-0000-0000-0000-000000000000" })); } catch (error) { missing = error; }
let pages = 0;
for await (const page of paginateListEventSourceMappings({ client }, {})) pages += 1;
client.destroy();
await local.close();
console.log(JSON.stringify({ format: "esm", same: got.UUID === created.UUID, notFound: missing instanceof ResourceNotFoundException, base: missing instanceof LambdaServiceException, position: EventSourcePosition.LATEST, pages, installedHttpRequest: requestClasses.length > 0 && requestClasses.every(Boolean) }));
`;

/** The same through `require`. */
export const CJS_PROGRAM = `
const { LambdaClient, CreateEventSourceMappingCommand, GetEventSourceMappingCommand, ResourceNotFoundException, LambdaServiceException, EventSourcePosition, paginateListEventSourceMappings } = require("lambda-event-source-mappings");
const { startLocalLambda } = require("lambda-event-source-mappings/local");
const { HttpRequest } = require("@smithy/protocol-http");
(async () => {
  const local = await startLocalLambda();
  const client = new LambdaClient({ region: local.region, credentials: local.credentials, endpoint: local.endpoint });
  const requestClasses = [];
  client.middlewareStack.add((next) => async (args) => { requestClasses.push(args.request instanceof HttpRequest); return next(args); }, { step: "finalizeRequest", name: "instanceCheck" });
  const created = await client.send(new CreateEventSourceMappingCommand({ FunctionName: "f", EventSourceArn: "arn:aws:sqs:" + local.region + ":123456789012:q" }));
  const got = await client.send(new GetEventSourceMappingCommand({ UUID: created.UUID }));
  let missing;
  try { await client.send(new GetEventSourceMappingCommand({ UUID: "00000000-0000-0000-0000-000000000000" })); } catch (error) { missing = error; }
  let pages = 0;
  for await (const page of paginateListEventSourceMappings({ client }, {})) pages += 1;
  client.destroy();
  await local.close();
  console.log(JSON.stringify({ format: "cjs", same: got.UUID === created.UUID, notFound: missing instanceof ResourceNotFoundException, base: missing instanceof LambdaServiceException, position: EventSourcePosition.LATEST, pages, installedHttpRequest: requestClasses.length > 0 && requestClasses.every(Boolean) }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

/** Type-only use of both entry points; the directive fails the check if the types resolved to `any`. */
export const TYPES_PROGRAM = `
import { LambdaClient, GetEventSourceMappingCommand, ResourceNotFoundException, type EventSourceMappingConfiguration, type GetEventSourceMappingCommandOutput, type LambdaClientConfig } from "lambda-event-source-mappings";
import { startLocalLambda, type LocalLambda } from "lambda-event-source-mappings/local";
const config: LambdaClientConfig = { region: "us-east-1", maxAttempts: 2 };
const client = new LambdaClient(config);
export const output: Promise<GetEventSourceMappingCommandOutput> = client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
export const mapping: EventSourceMappingConfiguration = { UUID: "u", LastModified: new Date(), BatchSize: 10 };
export const local: Promise<LocalLambda> = startLocalLambda({ port: 0 });
export const isNotFound = (error: unknown): boolean => error instanceof ResourceNotFoundException && error.$fault === "client";
// @ts-expect-error UUID is a string
new GetEventSourceMappingCommand({ UUID: 5 });
`;

/** A tsconfig for the consumer: the given module mode, Node types from the repository. */
export const consumerTsconfig = (module: "node16" | "bundler", typeRoots: string, files: string[]): string =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: module === "bundler" ? "ESNext" : "Node16",
      moduleResolution: module === "bundler" ? "Bundler" : "Node16",
      types: ["node"],
      typeRoots: [typeRoots],
      skipLibCheck: false,
    },
    files,
  });
