import fc from "fast-check";
import { HttpResponse } from "@smithy/protocol-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LambdaClient, LambdaServiceException, ListEventSourceMappingsCommand } from "../../src/index.js";
import { modeledErrors } from "../../src/models/errors.js";
import { operationSchemas } from "../../src/models/operations.js";
import { shapeSchemas } from "../../src/models/schema.js";
import { deserializeResponse } from "../../src/protocol/deserialize-response.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

// Property: whatever comes back — random bytes, random JSON, the right member names holding the wrong values, any
// status and error type — a response ends in an output (2xx) or a LambdaServiceException carrying the status,
// never a TypeError, SyntaxError, RangeError or anything else.

const names = (shape: string): string[] => (shapeSchemas[shape]?.members ?? []).map((m) => m.name);
const errorNames = Object.keys(modeledErrors);
/** Every member name an output or error of the service has, so random values land where the deserializer looks. */
const memberNames = [...new Set([...Object.values(operationSchemas).flatMap((op) => [...names(op.output), ...names(op.input)]), ...errorNames.flatMap(names), "message", "Message", "__type", "code"])];
const nested = ["EventSourceMappings", "FilterCriteria", "DestinationConfig", "ScalingConfig", "SelfManagedEventSource", "Filters", "LastModified", "StartingPositionTimestamp"];

const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("abc", "", " 12", "1e999", "NaN", -0, 1e308, Number.MAX_SAFE_INTEGER + 2, true, null, [], {}),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...memberNames), tie("v"), { maxKeys: 4 }),
  ),
})).v;

const body: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => new TextEncoder().encode(JSON.stringify(v))),
  fc.dictionary(fc.constantFrom(...memberNames, ...nested), value, { maxKeys: 6 }).map((v) => new TextEncoder().encode(JSON.stringify(v))),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => new TextEncoder().encode(s)),
);
const status = fc.oneof(fc.constantFrom(200, 201, 202, 204, 301, 400, 403, 404, 409, 413, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 }));
const headers = fc.record(
  {
    "x-amzn-errortype": fc.oneof(fc.constantFrom(...errorNames), fc.string({ maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)), fc.constant("ResourceNotFoundException:http://internal.amazon.com/")),
    "content-type": fc.constantFrom("application/json", "text/html", "application/octet-stream"),
    "x-amzn-requestid": fc.uuid(),
  },
  { requiredKeys: [] },
);

/** Checks one outcome: an output for a 2xx, else a LambdaServiceException with the status in $metadata. */
function expectTyped(outcome: { output?: unknown; error?: unknown }, statusCode: number): void {
  if (outcome.error === undefined) {
    expect(statusCode).toBeLessThan(300);
    expect(typeof outcome.output).toBe("object");
    expect((outcome.output as { $metadata: { httpStatusCode?: number } }).$metadata.httpStatusCode).toBe(statusCode);
    return;
  }
  const error = outcome.error as LambdaServiceException;
  if (!(error instanceof LambdaServiceException)) throw new Error(`not a LambdaServiceException: ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
  expect(error.$metadata.httpStatusCode).toBe(statusCode);
  // (A body's non-string `message`, such as {"message": []}, is kept as it came, as the SDK keeps it.)
}

describe.each(Object.values(operationSchemas))("$name responses", (operation) => {
  it("random bytes and random JSON end in an output or a LambdaServiceException", async () => {
    await fc.assert(
      fc.asyncProperty(status, headers, body, async (statusCode, hs, bytes) => {
        const response = new HttpResponse({ statusCode, headers: { ...hs }, body: bytes });
        const outcome = await deserializeResponse(operation, response).then(
          (output) => ({ output }),
          (error: unknown) => ({ error }),
        );
        expectTyped(outcome, statusCode);
      }),
      { numRuns: 150 },
    );
  });
});

describe("through a client over loopback", () => {
  let server: CaptureServer;
  let client: LambdaClient;
  beforeAll(async () => {
    server = await startCaptureServer();
    client = new LambdaClient({ region: "us-east-1", endpoint: server.endpoint, credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, maxAttempts: 1 });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it("random responses end in an output or a LambdaServiceException", async () => {
    await fc.assert(
      fc.asyncProperty(status, headers, body, async (statusCode, hs, bytes) => {
        server.respond({ status: statusCode, headers: { ...hs }, body: Buffer.from(bytes).toString("latin1") });
        const outcome = await client.send(new ListEventSourceMappingsCommand({})).then(
          (output) => ({ output }),
          (error: unknown) => ({ error }),
        );
        expectTyped(outcome, statusCode);
      }),
      { numRuns: 40 },
    );
  });
});
