import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClientPair, type ClientPair, type OperationName } from "./support/client-pair.js";
import { expectSameRequest, expectValidSignature } from "./support/compare-requests.js";
import { HTTP_HANDLER } from "./support/http-handler.js";

// URI labels and query strings: the same bytes on the wire as @aws-sdk/client-lambda, and a
// signature that an independent signer recomputes from those bytes.

const AWKWARD_UUIDS = [
  "14e0db71-5d35-4eb5-b481-8945cf9d10c2",
  "a/b/c",
  "with space",
  "a+b=c",
  "100%",
  "%2F",
  "é-ü-ß",
  "emoji-🚀",
  "~tilde_under.dot-dash",
  "*'()!",
  "",
  "..",
  ".",
  "?q=1#frag",
  ":@&$,;",
  "\"quoted\"<>[]{}|\\^`",
  "tab\tnewline\n",
];

let pair: ClientPair;
beforeAll(async () => {
  pair = await startClientPair({ maxAttempts: 1 }, { validateInput: false });
});
afterAll(() => pair.close());

async function expectSame(operation: OperationName, input: () => object): Promise<void> {
  const { ours, sdk } = await pair.run(operation, input);
  expect(ours.error).toBeUndefined();
  expect(sdk.error).toBeUndefined();
  expect(ours.requests).toHaveLength(1);
  expect(sdk.requests).toHaveLength(1);
  expectSameRequest(ours.requests[0]!, sdk.requests[0]!);
  // fetch parses the URL by the WHATWG rules, which remove "." and ".." path segments (also as %2E) after signing: with
  // either library's fetch handler such a label reaches the server as another path, under a signature of the first.
  if (HTTP_HANDLER === "fetch" && /\/\.{1,2}$/.test(`/${String((input() as { UUID?: unknown }).UUID)}`)) {
    expect(ours.requests[0]!.path).not.toMatch(/\/\.{1,2}$/);
    return;
  }
  await expectValidSignature(ours.requests[0]!);
  await expectValidSignature(sdk.requests[0]!);
}

describe.each(["GetEventSourceMapping", "DeleteEventSourceMapping", "UpdateEventSourceMapping"] as const)("%s UUID label", (operation) => {
  it.each(AWKWARD_UUIDS)("encodes %j as the SDK does", async (UUID) => {
    await expectSame(operation, () => ({ UUID }));
  });

  it("stringifies a non-string UUID as the SDK does", async () => {
    await expectSame(operation, () => ({ UUID: 12345 }));
  });

  it.each([undefined, null])("refuses a %s UUID before sending, with the SDK's message", async (UUID) => {
    const { ours, sdk } = await pair.run(operation, () => ({ UUID }));
    expect(ours.requests).toHaveLength(0);
    expect(sdk.requests).toHaveLength(0);
    expect(ours.error?.message).toBe("No value provided for input HTTP label: UUID.");
    expect(ours.error?.message).toBe(sdk.error?.message);
  });
});

describe("ListEventSourceMappings query string", () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ["no filters", {}],
    ["a plain function name", { FunctionName: "my-function" }],
    ["a qualified function ARN", { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:my-fn:PROD" }],
    ["a partial ARN with alias", { FunctionName: "123456789012:function:my-fn:$LATEST" }],
    ["an event source ARN", { EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue" }],
    ["a marker with +/= and reserved characters", { Marker: "a+b/c=~*'()!", MaxItems: 5 }],
    ["a base64 marker with padding", { Marker: "eyJhIjoxfQ==" }],
    ["every member", { EventSourceArn: "arn:aws:kinesis:us-east-1:123456789012:stream/s", FunctionName: "my fn:1", Marker: "m é", MaxItems: 10000 }],
    ["MaxItems 0", { MaxItems: 0 }],
    ["empty strings", { FunctionName: "", Marker: "", EventSourceArn: "" }],
    ["null and undefined members", { FunctionName: null, Marker: undefined, EventSourceArn: null, MaxItems: undefined }],
    ["unknown extra keys", { FunctionName: "f", Unknown: "x", Nested: { a: 1 } }],
    ["a numeric string MaxItems", { MaxItems: "7" }],
    ["a non-integer MaxItems", { MaxItems: 2.5 }],
    ["a boolean FunctionName", { FunctionName: false }],
  ];
  it.each(cases)("matches the SDK for %s", async (_name, input) => {
    await expectSame("ListEventSourceMappings", () => ({ ...input }));
  });
});

describe("custom endpoints with a path or a query", () => {
  it.each([
    ["a path prefix", "/prefix"],
    ["a path prefix with a trailing slash", "/prefix/"],
    ["a nested prefix", "/a/b"],
    ["a query string", "/?stage=dev&x=%2B"],
    ["a path and a query", "/p?k=v"],
  ])("builds the same URL for %s", async (_name, suffix) => {
    const withEndpoint = await startClientPair({ maxAttempts: 1 }, { validateInput: false }, suffix);
    try {
      for (const [operation, input] of [
        ["GetEventSourceMapping", { UUID: "u/1" }],
        ["ListEventSourceMappings", { FunctionName: "f", Marker: "m" }],
        ["CreateEventSourceMapping", { FunctionName: "f" }],
      ] as const) {
        const { ours, sdk } = await withEndpoint.run(operation, () => ({ ...input }));
        expect(ours.requests).toHaveLength(1);
        expectSameRequest(ours.requests[0]!, sdk.requests[0]!);
        await expectValidSignature(ours.requests[0]!);
      }
    } finally {
      await withEndpoint.close();
    }
  });
});
