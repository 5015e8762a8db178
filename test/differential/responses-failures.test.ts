import * as sdk from "@aws-sdk/client-lambda";
import { HttpResponse } from "@smithy/protocol-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as ours from "../../src/index.js";
import type { ScriptedResponse } from "../support/capture-server.js";
import { startClientPair, type ClientPair } from "./support/client-pair.js";

// Responses that cannot be read: timestamps the SDK rejects (same failure here) and bodies that
// are not JSON (a deliberate difference: a LambdaServiceException instead of a bare SyntaxError).

let pair: ClientPair;
beforeAll(async () => {
  pair = await startClientPair({ maxAttempts: 1 }, { validateInput: false });
});
afterAll(() => pair.close());

const HINT = "\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
const ids = { "x-amzn-requestid": "req-9", "x-amz-id-2": "ext-9", "x-amz-cf-id": "cf-9" };
const get = (response: ScriptedResponse) => pair.run("GetEventSourceMapping", () => ({ UUID: "u" }), [response]);

describe("unreadable timestamps (deliberate difference: a LambdaServiceException naming the member, not a bare TypeError)", () => {
  it.each<[string, unknown]>([
    ["an ISO string", "2023-11-14T22:13:20Z"],
    ["a non-numeric string", "yesterday"],
    ["the string abc", "abc"],
    ["an empty string", ""],
    ["a string with spaces", " 1700000000"],
    ["a string with a plus sign", "+1700000000"],
    ["a hexadecimal string", "0x10"],
    ["a string with a bare dot", "1700000000."],
    ["the string Infinity", "Infinity"],
    ["the string NaN", "NaN"],
    ["a number too large for a double", 1e999],
    ["a boolean", true],
    ["an object", { seconds: 1 }],
  ])("LastModified as %s", async (_name, value) => {
    const literal = value === 1e999 ? "1e999" : JSON.stringify(value);
    const { ours: a, sdk: b } = await get({ status: 200, headers: ids, body: `{"UUID":"u","LastModified":${literal}}` });
    // The SDK rejects the same values, with a bare TypeError; its message is quoted in ours.
    expect(b.error).toBeInstanceOf(TypeError);
    expect(b.error).not.toBeInstanceOf(sdk.LambdaServiceException);
    const error = a.error!;
    expect(error).toBeInstanceOf(ours.LambdaServiceException);
    expect(error.constructor).toBe(ours.LambdaServiceException);
    expect([error.name, error.$fault]).toEqual(["Unknown", "client"]);
    expect(error.message).toBe(`Lambda returned an unreadable GetEventSourceMapping response (HTTP 200) at LastModified: ${b.error!.message.replace(HINT, "")}`);
    expect(error.$metadata).toEqual({ httpStatusCode: 200, requestId: "req-9", extendedRequestId: "ext-9", cfId: "cf-9", attempts: 1, totalRetryDelay: 0 });
    expect(HttpResponse.isInstance(Object.getOwnPropertyDescriptor(error, "$response")?.value)).toBe(true);
  });

  it("names a member deep in a list", async () => {
    const body = JSON.stringify({ EventSourceMappings: [{ UUID: "a", LastModified: 1 }, { UUID: "b", LastModified: "abc" }] });
    const { ours: a } = await pair.run("ListEventSourceMappings", () => ({}), [{ status: 200, headers: ids, body }]);
    expect(a.error).toBeInstanceOf(ours.LambdaServiceException);
    expect(a.error!.message).toContain("at EventSourceMappings[1].LastModified: Expected real number, got implicit NaN");
    expect(a.error!.$metadata?.requestId).toBe("req-9");
  });
});

describe("non-JSON bodies (deliberate difference)", () => {
  it.each<[string, ScriptedResponse, string, "client" | "server"]>([
    ["an HTML 502 from a proxy", { status: 502, headers: { "content-type": "text/html", ...ids }, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" }, "Unknown", "server"],
    ["a 403 text body with an error type header", { status: 403, headers: { "content-type": "text/plain", "x-amzn-errortype": "com.amazon#AccessDeniedException:http://x" }, body: "Access denied" }, "AccessDeniedException", "client"],
    ["a 200 with a truncated JSON body", { status: 200, headers: ids, body: '{"UUID":"u",' }, "Unknown", "client"],
  ])("%s: ours throws a LambdaServiceException with the status and an excerpt; the SDK a SyntaxError", async (_name, response, name, fault) => {
    const { ours: a, sdk: b } = await get(response);
    expect(b.error).toBeInstanceOf(SyntaxError);
    expect(b.error).not.toBeInstanceOf(sdk.LambdaServiceException);
    const error = a.error!;
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toBeInstanceOf(ours.LambdaServiceException);
    expect(error.constructor).toBe(ours.LambdaServiceException);
    expect(error.name).toBe(name);
    expect(error.$fault).toBe(fault);
    expect(error.message).toContain(`HTTP ${response.status}`);
    expect(error.message).toContain(response.body!.slice(0, 20));
    expect(error.$metadata).toEqual(b.error!.$metadata);
    const descriptor = Object.getOwnPropertyDescriptor(error, "$response");
    expect(descriptor?.enumerable).toBe(false);
    expect(HttpResponse.isInstance(descriptor?.value)).toBe(true);
    expect((descriptor!.value as HttpResponse).statusCode).toBe(response.status);
  });

  it("quotes at most a short excerpt of a long body", async () => {
    const body = `<html>${"x".repeat(5000)}</html>`;
    const { ours: a } = await get({ status: 500, headers: { "content-type": "text/html" }, body });
    expect(a.error!.message.length).toBeLessThan(400);
    expect(a.error!.message).toContain("…");
    expect(a.error!.message).toContain("(text/html)");
  });

  it("collapses whitespace in the excerpt", async () => {
    const { ours: a } = await get({ status: 503, headers: { "content-type": "text/plain" }, body: "Service\n\n   Unavailable\t!" });
    expect(a.error!.message).toContain("Service Unavailable !");
  });
});
