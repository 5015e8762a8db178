import * as sdk from "@aws-sdk/client-lambda";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { MiddlewareStack } from "@smithy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  LambdaClient,
  LambdaServiceException,
  ListEventSourceMappingsCommand,
  ResourceNotFoundException,
  UpdateEventSourceMappingCommand,
} from "../../src/index.js";
import { startLocalLambda } from "../../src/local/index.js";

// Teams migrate one module at a time while a shared client stays the SDK's: this library's commands
// must work through @aws-sdk/client-lambda's LambdaClient, against a service that verifies signatures.

type LocalLambda = Awaited<ReturnType<typeof startLocalLambda>>;
let local: LocalLambda;
let sdkClient: sdk.LambdaClient;
const seenByMiddleware: Array<{ request: boolean; response: boolean }> = [];

/** What middleware written for the SDK checks: the request and response are the installed smithy classes. */
function recordInstances(stack: MiddlewareStack<object, object>): void {
  stack.add(
    (next) => async (args) => {
      const result = await next(args);
      seenByMiddleware.push({ request: args.request instanceof HttpRequest, response: result.response instanceof HttpResponse });
      return result;
    },
    { step: "finalizeRequest", name: "instanceChecks" },
  );
}

beforeAll(async () => {
  local = await startLocalLambda();
  sdkClient = new sdk.LambdaClient({ region: local.region, credentials: local.credentials, endpoint: local.endpoint });
  recordInstances(sdkClient.middlewareStack as unknown as MiddlewareStack<object, object>);
});
afterAll(async () => {
  sdkClient.destroy();
  await local.close();
});

/** The output without the per-request metadata (request ids differ between calls). */
const withoutMetadata = ({ $metadata, ...rest }: { $metadata?: unknown }) => rest;

describe("this library's commands through the SDK's LambdaClient", () => {
  it("create, get, update, list and delete answer as the SDK's own commands do", async () => {
    const arn = `arn:aws:sqs:${local.region}:123456789012:interop`;
    const created = await sdkClient.send(new CreateEventSourceMappingCommand({ FunctionName: "interop", EventSourceArn: arn, BatchSize: 7 }) as never);
    const uuid = (created as { UUID: string }).UUID;
    expect(created).toMatchObject({ UUID: expect.any(String), BatchSize: 7, EventSourceArn: arn, $metadata: { httpStatusCode: 202, attempts: 1 } });

    const ours = await sdkClient.send(new GetEventSourceMappingCommand({ UUID: uuid }) as never);
    const theirs = await sdkClient.send(new sdk.GetEventSourceMappingCommand({ UUID: uuid }));
    expect(withoutMetadata(ours)).toEqual(withoutMetadata(theirs));
    expect((ours as { LastModified: unknown }).LastModified).toBeInstanceOf(Date);

    const updated = await sdkClient.send(new UpdateEventSourceMappingCommand({ UUID: uuid, BatchSize: 9 }) as never);
    expect(updated).toMatchObject({ UUID: uuid, BatchSize: 9 });

    const listedOurs = await sdkClient.send(new ListEventSourceMappingsCommand({ FunctionName: "interop" }) as never);
    const listedTheirs = await sdkClient.send(new sdk.ListEventSourceMappingsCommand({ FunctionName: "interop" }));
    expect(withoutMetadata(listedOurs)).toEqual(withoutMetadata(listedTheirs));

    const deleted = await sdkClient.send(new DeleteEventSourceMappingCommand({ UUID: uuid }) as never);
    expect(deleted).toMatchObject({ UUID: uuid, $metadata: { httpStatusCode: 202 } });
  });

  it("rejects with this library's modeled exception, carrying the SDK client's retry metadata", async () => {
    const error = await (sdkClient.send(new GetEventSourceMappingCommand({ UUID: "00000000-0000-0000-0000-000000000000" }) as never) as Promise<unknown>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toBeInstanceOf(LambdaServiceException);
    expect(error).toMatchObject({ name: "ResourceNotFoundException", $fault: "client", $metadata: { httpStatusCode: 404, attempts: 1 } });
  });

  it("middleware on the SDK's client sees the installed HttpRequest and HttpResponse classes", () => {
    expect(seenByMiddleware.length).toBeGreaterThan(0);
    expect(seenByMiddleware.every((seen) => seen.request && seen.response)).toBe(true);
  });
});

describe("send() failures are rejected promises, never synchronous throws", () => {
  /** A client-stack serializer at a priority the command's serializer cannot replace: resolving the handler chain fails. */
  const conflictingStack = (stack: MiddlewareStack<object, object>): void => {
    stack.remove("serializerMiddleware");
    stack.add((next) => next, { step: "serialize", name: "serializerMiddleware", priority: "low" });
  };

  it("through this library's client", async () => {
    const client = new LambdaClient({ region: local.region, credentials: local.credentials, endpoint: local.endpoint });
    conflictingStack(client.middlewareStack as unknown as MiddlewareStack<object, object>);
    let sent: Promise<unknown> | undefined;
    expect(() => (sent = client.send(new GetEventSourceMappingCommand({ UUID: "x" })))).not.toThrow();
    await expect(sent).rejects.toThrow(/serializerMiddleware/);
    client.destroy();
  });

  it("through the SDK's client", async () => {
    const client = new sdk.LambdaClient({ region: local.region, credentials: local.credentials, endpoint: local.endpoint });
    conflictingStack(client.middlewareStack as unknown as MiddlewareStack<object, object>);
    let sent: Promise<unknown> | undefined;
    expect(() => (sent = client.send(new GetEventSourceMappingCommand({ UUID: "x" }) as never))).not.toThrow();
    await expect(sent).rejects.toThrow(/serializerMiddleware/);
    client.destroy();
  });
});

/** A request handler written for the SDK: it checks the class of what it is handed and answers one mapping. */
const cannedHandler = {
  async handle(request: unknown) {
    if (!(request instanceof HttpRequest)) throw new Error("not an HttpRequest");
    const body = new TextEncoder().encode(JSON.stringify({ UUID: "x", State: "Enabled" }));
    return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json" }, body }) };
  },
};

describe("this library's client", () => {
  it("hands user middleware and request handlers the installed HttpRequest and HttpResponse classes", async () => {
    const client = new LambdaClient({ region: local.region, credentials: local.credentials, endpoint: local.endpoint, requestHandler: cannedHandler });
    const seen: boolean[] = [];
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        seen.push(args.request instanceof HttpRequest, result.response instanceof HttpResponse);
        return result;
      },
      { step: "finalizeRequest", name: "instanceChecks" },
    );
    await expect(client.send(new GetEventSourceMappingCommand({ UUID: "x" }))).resolves.toMatchObject({ UUID: "x", State: "Enabled" });
    expect(seen).toEqual([true, true]);
    client.destroy();
  });
});
