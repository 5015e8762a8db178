import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { arns } from "./support/clients.js";
import { ESM_PATH, sendSigned, type RawResponse } from "./support/raw-http.js";

let local: LocalLambda;
beforeAll(async () => {
  local = await startLocalLambda({ maxBodyBytes: 4096 });
});
afterAll(() => local.close());

const post = (body: string | Buffer, path = ESM_PATH, method = "POST"): Promise<RawResponse> =>
  sendSigned(local, { method, path, body, headers: { "content-type": "application/json" } });

const expectError = (res: RawResponse, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers["x-amzn-errortype"]).toBe(code);
  expect(res.headers["content-type"]).toBe("application/json");
  expect(res.headers["x-amzn-requestid"]).toBeTruthy();
  expect(typeof (res.json.message ?? res.json.Message)).toBe("string");
};

describe("malformed requests get the service's error shape and change nothing", () => {
  it("a body that is not JSON", async () => {
    const res = await post('{"FunctionName": "f",');
    expectError(res, 400, "InvalidRequestContentException");
    expect(res.json.Type).toBe("User");
    expect(String(res.json.message)).toMatch(/^Could not parse request body into json: /);
  });

  it("JSON that is not an object: the deserializer's SerializationException", async () => {
    for (const [body, message] of [
      ["[]", "Start of list found where not expected."],
      ['"text"', "STRING_VALUE can not be converted to a Structure"],
      ["42", "NUMBER_VALUE can not be converted to a Structure"],
    ]) {
      const res = await post(body!);
      expectError(res, 400, "SerializationException");
      expect(res.json.message).toBe(message);
    }
    // A JSON null body is an empty input, which lacks the required FunctionName.
    expectError(await post("null"), 400, "ValidationException");
  });

  it("members of the wrong type, nested ones included: SerializationException, never a 500", async () => {
    const cases: [object, string][] = [
      [{ FunctionName: "f", EventSourceArn: arns.queue(), BatchSize: "10" }, "STRING_VALUE can not be converted to an Integer"],
      [{ FunctionName: "f", EventSourceArn: arns.queue(), BatchSize: 1.5 }, "NUMBER_VALUE can not be converted to an Integer"],
      [{ FunctionName: 7, EventSourceArn: arns.queue() }, "NUMBER_VALUE can not be converted to a String"],
      [{ FunctionName: "f", EventSourceArn: arns.queue(), Enabled: "yes" }, "STRING_VALUE can not be converted to a Boolean"],
      [{ FunctionName: "f", EventSourceArn: arns.queue(), FilterCriteria: { Filters: [{ Pattern: {} }] } }, "Start of structure or map found where not expected."],
      [{ FunctionName: "f", EventSourceArn: arns.stream(), StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: "yesterday" }, "STRING_VALUE can not be converted to a Timestamp"],
      ...[" 12", "0x10", "+5", "abc"].map((t): [object, string] => [{ FunctionName: "f", EventSourceArn: arns.stream(), StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: t }, "STRING_VALUE can not be converted to a Timestamp"]),
      [{ FunctionName: "f", EventSourceArn: arns.stream(), StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: 1e300 }, "NUMBER_VALUE can not be converted to a Timestamp"],
    ];
    for (const [body, message] of cases) {
      const res = await post(JSON.stringify(body));
      expectError(res, 400, "SerializationException");
      expect(res.json.message, JSON.stringify(body)).toBe(message);
    }
  });

  it("a body over the size cap gets 413 RequestEntityTooLargeException", async () => {
    const res = await post(JSON.stringify({ FunctionName: "f", EventSourceArn: arns.queue(), Tags: { big: "x".repeat(5000) } }));
    expectError(res, 413, "RequestEntityTooLargeException");
    expect(res.json.message).toBe("Request must be smaller than 4096 bytes for the CreateEventSourceMapping operation");
  });

  it("an unknown path or a wrong method gets 404 UnknownOperationException", async () => {
    expectError(await sendSigned(local, { method: "GET", path: "/2015-03-31/functions" }), 404, "UnknownOperationException");
    expectError(await sendSigned(local, { method: "GET", path: `${ESM_PATH}/a/b` }), 404, "UnknownOperationException");
    expectError(await post("{}", ESM_PATH, "PATCH"), 404, "UnknownOperationException");
    expectError(await sendSigned(local, { method: "POST", path: `${ESM_PATH}/abc` }), 404, "UnknownOperationException");
  });

  it("after all of that the server still works and holds nothing", async () => {
    const list = await sendSigned(local, { method: "GET", path: ESM_PATH });
    expect(list.status).toBe(200);
    expect(list.json).toEqual({ EventSourceMappings: [] });
    const created = await post(JSON.stringify({ FunctionName: "f", EventSourceArn: arns.queue(), UnknownMember: { x: 1 } }));
    expect(created.status).toBe(202);
    expect(created.json.State).toBe("Creating");
    expect(created.json).not.toHaveProperty("UnknownMember");
  });
});
