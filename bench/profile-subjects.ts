/**
 * The operations `npm run bench:profile` (bench/request-profile.ts) counts instructions of: one whole request of each
 * library over loopback, and each phase of this library's `send()` alone, so that the table names what a request costs
 * and where. Every subject is a factory (which may set up asynchronously) returning one operation; the endpoint of the
 * loopback responder (bench/server.ts) is `BENCH_ENDPOINT`. This file is bundled with esbuild before it is measured, so
 * the code counted is compiled as `dist/` is (no tsx, no `keepNames` wrappers).
 */
import { Agent, request as httpRequest } from "node:http";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { constructStack } from "@smithy/core/client";
import type { HandlerExecutionContext } from "@smithy/types";
import { LambdaClient, ListEventSourceMappingsCommand } from "../src/index.js";
import { NodeSha256 } from "../src/crypto/node-sha256.js";
import { createRequestSigner } from "../src/signing/sign-request.js";
import { NodeHttpHandler } from "../src/http/node-http-handler.js";
import { ListEventSourceMappingsOperation } from "../src/models/operations.js";
import { serializeRequest } from "../src/protocol/serialize-request.js";
import { deserializeResponse } from "../src/protocol/deserialize-response.js";
import { deserializeJson } from "../src/protocol/deserialize-json.js";
import { urlToEndpoint } from "../src/middleware/endpoint-middleware.js";
import { endpointMiddleware } from "../src/middleware/endpoint-middleware.js";
import { authMiddleware } from "../src/middleware/auth-middleware.js";
import { userAgentMiddleware } from "../src/middleware/user-agent-middleware.js";
import { contentLengthMiddleware } from "../src/middleware/content-length-middleware.js";
import { hostHeaderMiddleware } from "../src/middleware/host-header-middleware.js";
import { loggerMiddleware } from "../src/middleware/logger-middleware.js";
import { recursionDetectionMiddleware } from "../src/middleware/recursion-detection-middleware.js";
import { signingMiddleware } from "../src/middleware/signing-middleware.js";
import { serializerMiddleware } from "../src/middleware/serializer-middleware.js";
import { deserializerMiddleware } from "../src/middleware/deserializer-middleware.js";
import { validationMiddleware } from "../src/validation/validation-middleware.js";
import { validateModelConstraints } from "../src/validation/create-input-validator.js";
import { retryMiddleware } from "../src/retry/retry-middleware.js";
import { options, request } from "./cost-subjects.js";
import { tenItemPage } from "./page.js";

type Operation = () => Promise<unknown> | unknown;
/** One measured subject: what the table calls it, and its factory. */
export interface ProfileSubject {
  /** Where the subject's row goes: a whole request, or one phase of this library's `send()`. */
  group: "request" | "phase";
  /** What one operation is, for the table. */
  what: string;
  make: () => Promise<Operation>;
}

const endpoint = (): string => {
  const value = process.env.BENCH_ENDPOINT;
  if (!value) throw new Error("BENCH_ENDPOINT is not set: the network subjects need the loopback responder (bench/server.ts)");
  return value;
};
const credentials = { accessKeyId: "test", secretAccessKey: "test" };
const input = { MaxItems: 10 };
const pageBytes = new TextEncoder().encode(JSON.stringify(tenItemPage()));
const pageHeaders = { "content-type": "application/json", "x-amzn-requestid": "r", "content-length": String(pageBytes.byteLength) };
const response = () => new HttpResponse({ statusCode: 200, headers: { ...pageHeaders }, body: pageBytes });
const operation = ListEventSourceMappingsOperation;

/** The context the command gives its chain (see src/commands/lambda-command.ts), for one middleware alone. */
const context = (): HandlerExecutionContext =>
  ({
    logger: undefined,
    clientName: "LambdaClient",
    commandName: "ListEventSourceMappingsCommand",
    __smithy_context: { service: "AWSGirApiService", operation: operation.name, operationSchema: operation, selectedHttpAuthScheme: { identity: credentials } },
    endpointV2: { url: new URL("http://127.0.0.1:1/") },
  }) as unknown as HandlerExecutionContext;

/** One middleware alone, resolved once with a `next` that answers at once: what it adds to a send. */
function alone(middleware: (next: never, context: HandlerExecutionContext) => (args: never) => Promise<unknown>, withRequest: boolean): () => Promise<Operation> {
  return async () => {
    const next = (async () => ({ response: response(), output: { $metadata: {} } })) as never;
    const handler = middleware(next, context()) as (args: object) => Promise<unknown>;
    return () => handler(withRequest ? { input, request: HttpRequest.clone(request) } : { input });
  };
}

const client = (): LambdaClient => new LambdaClient(options);

/** Every subject, in the order of the table. */
export const SUBJECTS: Record<string, ProfileSubject> = {
  raw: {
    group: "request",
    what: "raw `node:http` GET over loopback, body collected, `JSON.parse` (the bench's floor)",
    make: async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 50 });
      const base = endpoint();
      return () =>
        new Promise((resolve, reject) => {
          const target = new URL("/2015-03-31/event-source-mappings", base);
          for (const [k, v] of Object.entries(input)) target.searchParams.set(k, String(v));
          httpRequest(target, { agent }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
          })
            .on("error", reject)
            .end();
        });
    },
  },
  ours: {
    group: "request",
    what: "this library: `client.send(new ListEventSourceMappingsCommand(…))` over loopback",
    make: async () => {
      const c = new LambdaClient({ region: "us-east-1", endpoint: endpoint(), credentials });
      return () => c.send(new ListEventSourceMappingsCommand(input));
    },
  },
  "aws-lite": {
    group: "request",
    what: "aws-lite: `aws.Lambda.ListEventSourceMappings(…)` over loopback",
    make: async () => {
      const awsLite = (await import("@aws-lite/client")).default as unknown as (config: object) => Promise<{ Lambda: { ListEventSourceMappings: (i: object) => Promise<unknown> } }>;
      const lambdaPlugin = (await import("@aws-lite/lambda")).default;
      const aws = await awsLite({ region: "us-east-1", endpoint: endpoint(), ...credentials, plugins: [lambdaPlugin], autoloadPlugins: false });
      return () => aws.Lambda.ListEventSourceMappings(input);
    },
  },
  handler: {
    group: "request",
    what: "this library's `NodeHttpHandler.handle()` of the signed GET over loopback, body collected (no (de)serialization)",
    make: async () => {
      const handler = new NodeHttpHandler();
      const url = new URL(endpoint());
      const signed = createRequestSigner(NodeSha256).sign(
        new HttpRequest({ ...request, protocol: url.protocol, hostname: url.hostname, port: Number(url.port), headers: { ...request.headers, host: url.host } }),
        { credentials, region: "us-east-1", service: "lambda", date: new Date() },
      ) as HttpRequest;
      return () => handler.handle(signed);
    },
  },
  send: {
    group: "phase",
    what: "whole `send()` with a handler that answers the 10-item page at once (no network)",
    make: async () => {
      const c = client();
      return () => c.send(new ListEventSourceMappingsCommand(input));
    },
  },
  "empty-chain": {
    group: "phase",
    what: "smithy `Client.send()` through an empty middleware stack to the same handler (the chain's fixed cost)",
    make: async () => {
      const c = client();
      const stack = constructStack<object, object>();
      const command = { input, middlewareStack: stack, resolveMiddleware: () => stack.resolve(async () => ({ response: response(), output: {} }), context()) };
      const handler = command.resolveMiddleware();
      return () => c.send({ ...command, resolveMiddleware: () => handler } as never);
    },
  },
  // The floor of every "middleware alone" row: the harness's own answer (an HttpResponse) and, for build and
  // finalize middleware, its fresh request clone; a middleware's own cost is its row minus the matching floor.
  floor: { group: "phase", what: "floor: a middleware that only calls `next` (input only)", make: alone(((next: (a: unknown) => unknown) => (args: unknown) => next(args)) as never, false) },
  "floor-request": { group: "phase", what: "floor: a middleware that only calls `next` (with a request clone)", make: alone(((next: (a: unknown) => unknown) => (args: unknown) => next(args)) as never, true) },
  validation: { group: "phase", what: "validation middleware (model constraints of the input)", make: alone(validationMiddleware(validateModelConstraints) as never, false) },
  logger: { group: "phase", what: "logger middleware (default no-op logger)", make: alone(loggerMiddleware() as never, false) },
  auth: { group: "phase", what: "auth middleware (memoized static credentials)", make: alone(authMiddleware(client().config) as never, false) },
  endpoint: { group: "phase", what: "endpoint middleware (custom endpoint, cached resolution)", make: alone(endpointMiddleware(client().config) as never, false) },
  serializer: { group: "phase", what: "serializer middleware (`serializeRequest` into an `HttpRequest`)", make: alone(serializerMiddleware() as never, false) },
  serialize: {
    group: "phase",
    what: "of which `serializeRequest()` alone",
    make: async () => {
      const e = urlToEndpoint(new URL("http://127.0.0.1:1/"));
      return () => serializeRequest(operation, input, e);
    },
  },
  "content-length": { group: "phase", what: "content-length middleware", make: alone(contentLengthMiddleware() as never, true) },
  "user-agent": { group: "phase", what: "user-agent middleware (cached header values)", make: alone(userAgentMiddleware(client().config) as never, true) },
  "host-header": { group: "phase", what: "host-header middleware", make: alone(hostHeaderMiddleware() as never, true) },
  "recursion-detection": { group: "phase", what: "recursion-detection middleware", make: alone(recursionDetectionMiddleware() as never, true) },
  retry: {
    group: "phase",
    what: "retry middleware (token, invocation id, attempt header, request clone)",
    make: async () => {
      const { config } = client();
      // One life signal for every send, as a client has (a fresh one per send would cost a listener each).
      const life = new AbortController().signal;
      return alone(retryMiddleware({ retryStrategy: config.retryStrategy, maxAttempts: config.maxAttempts, destroySignal: () => life }) as never, true)();
    },
  },
  signing: { group: "phase", what: "signing middleware (clock, credentials, SigV4 of a clone)", make: alone(signingMiddleware(client().config) as never, true) },
  sign: {
    group: "phase",
    what: "of which the SigV4 signer alone",
    make: async () => {
      const signer = createRequestSigner(NodeSha256);
      return () => signer.sign(request, { credentials, region: "us-east-1", service: "lambda", date: new Date() });
    },
  },
  deserializer: { group: "phase", what: "deserializer middleware (`deserializeResponse` of the 10-item page)", make: alone(deserializerMiddleware() as never, false) },
  "json-parse": {
    group: "phase",
    what: "of which UTF-8 decoding and `JSON.parse` of the page (raw does this too)",
    make: async () => {
      const decoder = new TextDecoder();
      return () => JSON.parse(decoder.decode(pageBytes));
    },
  },
  "shape-walk": {
    group: "phase",
    what: "of which the model walk of the parsed page (members, 10 `Date`s)",
    make: async () => {
      const parsed = JSON.parse(new TextDecoder().decode(pageBytes));
      return () => deserializeJson(operation.output, parsed);
    },
  },
  "whole-deserialize": {
    group: "phase",
    what: "of which `deserializeResponse()` alone",
    make: async () => () => deserializeResponse(operation, response()),
  },
};
