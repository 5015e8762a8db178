import * as sdk from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as ours from "../../src/index.js";
import type { ScriptedResponse } from "../support/capture-server.js";
import { OPERATIONS, startClientPair, type ClientPair, type OperationName } from "./support/client-pair.js";
import { expectSameError } from "./support/compare-errors.js";

// Error responses: both clients are fed the same bytes and must throw errors that look the same.

let pair: ClientPair;
beforeAll(async () => {
  pair = await startClientPair({ maxAttempts: 1 }, { validateInput: false });
});
afterAll(() => pair.close());

const INPUTS: Record<OperationName, () => object> = {
  CreateEventSourceMapping: () => ({ FunctionName: "f", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q" }),
  UpdateEventSourceMapping: () => ({ UUID: "u", BatchSize: 5 }),
  GetEventSourceMapping: () => ({ UUID: "u" }),
  ListEventSourceMappings: () => ({ FunctionName: "f" }),
  DeleteEventSourceMapping: () => ({ UUID: "u" }),
};

const ids = { "x-amzn-requestid": "req-1", "x-amz-id-2": "ext/2+=", "x-amz-cf-id": "cf-3" };
const json = (status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse => ({ status, body: JSON.stringify(body), headers: { ...ids, ...headers } });

async function expectSameThrow(operation: OperationName, response: ScriptedResponse) {
  const { ours: a, sdk: b } = await pair.run(operation, INPUTS[operation], [response]);
  expect(a.requests).toHaveLength(1);
  expectSameError(a.error, b.error);
  return { ours: a.error!, sdk: b.error! };
}

const MODELED: Array<[string, ScriptedResponse]> = [
  ["InvalidParameterValueException (header code)", json(400, { Type: "User", message: "bad BatchSize" }, { "x-amzn-errortype": "InvalidParameterValueException" })],
  ["ResourceConflictException (__type)", json(409, { __type: "ResourceConflictException", Type: "User", message: "in flight" })],
  ["ResourceInUseException (Message)", json(400, { Type: "User", Message: "in use" }, { "x-amzn-errortype": "ResourceInUseException" })],
  ["ResourceNotFoundException (Message)", json(404, { Type: "User", Message: "Function not found" }, { "x-amzn-errortype": "ResourceNotFoundException" })],
  ["ServiceException (500)", json(500, { Type: "Service", Message: "internal" }, { "x-amzn-errortype": "ServiceException" })],
  ["TooManyRequestsException with Retry-After", json(429, { Type: "User", message: "Rate exceeded", Reason: "CallerRateLimitExceeded" }, { "x-amzn-errortype": "TooManyRequestsException", "retry-after": "2" })],
  ["TooManyRequestsException without Retry-After", json(429, { Type: "User", message: "slow down", Reason: "ReservedFunctionConcurrentInvocationLimitExceeded" }, { "x-amzn-errortype": "TooManyRequestsException" })],
];

describe.each(OPERATIONS)("%s modeled errors", (operation) => {
  it.each(MODELED)("%s", async (_name, response) => {
    await expectSameThrow(operation, response);
  });
});

describe("error codes", () => {
  it.each<[string, ScriptedResponse]>([
    ["a namespaced __type", json(404, { __type: "com.amazonaws.lambda#ResourceNotFoundException", Message: "x" })],
    ["a code with a URL suffix", json(429, { code: "TooManyRequestsException:http://internal.amazon.com/coral/com.amazon.coral.availability/", message: "x" })],
    ["a header with a namespace, a suffix and a list", json(400, { message: "x" }, { "x-amzn-errortype": "aws.protocoltests#InvalidParameterValueException:http://x,other" })],
    ["header over body code over __type", json(400, { code: "ResourceInUseException", __type: "ResourceConflictException", message: "x" }, { "x-amzn-errortype": "InvalidParameterValueException" })],
    ["body code over __type", json(400, { code: "ResourceInUseException", __type: "ResourceConflictException", message: "x" })],
    ["a capitalized Code", json(400, { Code: "ResourceInUseException", Message: "x" })],
    ["a numeric code", json(400, { code: 5, message: "x" })],
    ["an empty code", json(409, { code: "", __type: "ResourceConflictException", message: "" })],
    ["an unmodeled code", json(418, { code: "FooException", Message: "foo", errorMessage: "em", extra: { nested: [1] } })],
    ["no code at all, 400", json(400, { message: "what" })],
    ["no code, 503", json(503, { Message: "busy" })],
  ])("%s", async (_name, response) => {
    await expectSameThrow("GetEventSourceMapping", response);
  });
});

describe("error bodies", () => {
  it.each<[string, ScriptedResponse]>([
    ["both message and Message", json(404, { message: "lower", Message: "upper", Type: "User" }, { "x-amzn-errortype": "ResourceNotFoundException" })],
    ["only Message on a message-modeled error", json(400, { Message: "upper only" }, { "x-amzn-errortype": "InvalidParameterValueException" })],
    ["an empty body with a code header", { status: 404, body: "", headers: { "x-amzn-errortype": "ResourceNotFoundException" } }],
    ["an empty 500", { status: 500, body: "" }],
    ["a null body", { status: 503, body: "null" }],
    ["an array body", { status: 400, body: "[1,2]" }],
    ["null members", json(429, { Type: null, message: null, Reason: null, extra: null }, { "x-amzn-errortype": "TooManyRequestsException" })],
    ["empty-string members", json(400, { Type: "", message: "" }, { "x-amzn-errortype": "InvalidParameterValueException" })],
    ["unknown extra members", json(409, { Type: "User", message: "m", errorMessage: "e", __type: "ResourceConflictException", Foo: { a: 1 }, list: [1] })],
    ["a 3xx status", json(301, { message: "moved" })],
    ["a Retry-After date on a 429", json(429, { message: "m" }, { "x-amzn-errortype": "TooManyRequestsException", "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" })],
    ["request ids from alternative headers", { status: 404, body: "{}", headers: { "x-amzn-errortype": "ResourceNotFoundException", "x-amz-request-id": "alt-req", "x-amz-id-2": "x" } }],
    ["x-amzn-request-id", { status: 404, body: "{}", headers: { "x-amzn-errortype": "ResourceNotFoundException", "x-amzn-request-id": "alt2" } }],
  ])("%s", async (_name, response) => {
    await expectSameThrow("GetEventSourceMapping", response);
  });

  it("keeps $metadata ids and fills attempts", async () => {
    const { ours: error } = await expectSameThrow("GetEventSourceMapping", json(404, { Message: "gone" }, { "x-amzn-errortype": "ResourceNotFoundException" }));
    expect(error.$metadata).toEqual({ httpStatusCode: 404, requestId: "req-1", extendedRequestId: "ext/2+=", cfId: "cf-3", attempts: 1, totalRetryDelay: 0 });
    expect(error).toBeInstanceOf(ours.ResourceNotFoundException);
    expect(error).not.toBeInstanceOf(ours.TooManyRequestsException);
    expect(error.message).toBe("gone");
    expect("Message" in error).toBe(false);
  });

  it("gives a TooManyRequestsException retryAfterSeconds as the header string", async () => {
    const { ours: error } = await expectSameThrow("ListEventSourceMappings", json(429, { message: "m" }, { "x-amzn-errortype": "TooManyRequestsException", "retry-after": "3" }));
    expect(error).toBeInstanceOf(ours.TooManyRequestsException);
    expect((error as unknown as ours.TooManyRequestsException).retryAfterSeconds).toBe("3");
  });

  it("known difference: a Lambda code outside the ESM subset is a LambdaServiceException named by the code", async () => {
    const response = json(502, { Type: "Service", Message: "EC2 throttled" }, { "x-amzn-errortype": "EC2ThrottledException" });
    const { ours: a, sdk: b } = await pair.run("GetEventSourceMapping", INPUTS.GetEventSourceMapping, [response]);
    expect(b.error?.constructor.name).toBe("EC2ThrottledException");
    expect(a.error?.constructor).toBe(ours.LambdaServiceException);
    for (const key of ["name", "message", "$fault", "Type", "$metadata"]) expect(a.error?.[key], key).toStrictEqual(b.error?.[key]);
    expect(a.error).toBeInstanceOf(sdk.LambdaServiceException);
  });

  it("recognizes an error of the other library through the shared shape id", async () => {
    const { ours: a, sdk: b } = await expectSameThrow("GetEventSourceMapping", json(404, { Message: "x" }, { "x-amzn-errortype": "ResourceNotFoundException" }));
    expect(a).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(b).toBeInstanceOf(ours.ResourceNotFoundException);
    expect(a).not.toBeInstanceOf(sdk.ResourceConflictException);
  });
});
