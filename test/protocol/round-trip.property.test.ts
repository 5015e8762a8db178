import fc from "fast-check";
import { HttpResponse } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { operationSchemas } from "../../src/models/operations.js";
import { shapeSchemas } from "../../src/models/schema.js";
import { parseInput } from "../../src/local/parse-input.js";
import { splitTarget } from "../../src/local/raw-request.js";
import { route } from "../../src/local/router.js";
import { deserializeResponse } from "../../src/protocol/deserialize-response.js";
import { serializeJson } from "../../src/protocol/serialize-json.js";
import { serializeRequest } from "../../src/protocol/serialize-request.js";
import { validArbitrary } from "../validation/arbitrary-from-schema.js";

// Property: a random valid input goes out through the client's serializer and comes back unchanged through the
// local service's parser (the path the two halves of this library talk over), and a random valid output goes out
// through the service's serializer and comes back unchanged through the client's deserializer.

const ENDPOINT = { protocol: "http:", hostname: "127.0.0.1", port: 4566, path: "/" };

/**
 * What a value of `shapeName` is once it has crossed the wire, computed from the model alone: integers are
 * numbers (a bigint or numeric text goes out as a number), timestamps are Dates at millisecond precision (a number
 * is epoch seconds).
 */
function canonical(shapeName: string, value: unknown): unknown {
  const schema = shapeSchemas[shapeName];
  if (!schema || value === undefined) return value;
  switch (schema.type) {
    case "structure":
      return Object.fromEntries(
        (schema.members ?? []).filter((m) => (value as Record<string, unknown>)[m.name] !== undefined).map((m) => [m.name, canonical(m.target, (value as Record<string, unknown>)[m.name])]),
      );
    case "list":
      return (value as unknown[]).map((item) => canonical(schema.member!, item));
    case "map":
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, canonical(schema.value!, v)]));
    case "integer":
    case "long":
      return Number(value);
    case "timestamp":
      return value instanceof Date ? new Date(value.getTime()) : new Date(Math.round(Number(value) * 1000));
    default:
      return value;
  }
}

/** Year 9999, as epoch milliseconds. */
const MAX_WIRE_MS = 253_402_300_799_999;

/**
 * Timestamps that cannot cross the wire exactly are left out: ones outside what a Date holds, and ones beyond
 * year ±9999, where epoch seconds as a double (the protocol's form, the SDK's too) no longer hold every millisecond.
 */
const representable = (shapeName: string, value: unknown): boolean => {
  const copy = canonical(shapeName, value);
  let ok = true;
  JSON.stringify(copy, function (this: Record<string, unknown>, key) {
    const raw = this[key];
    if (raw instanceof Date && !(Math.abs(raw.getTime()) <= MAX_WIRE_MS)) ok = false;
    return raw instanceof Date ? 0 : typeof raw === "bigint" ? 0 : raw;
  });
  return ok;
};

describe.each(Object.values(operationSchemas))("$name", (operation) => {
  it("a random valid input serialized by the client is parsed back unchanged by the local service", () => {
    const labels = (shapeSchemas[operation.input]!.members ?? []).filter((m) => m.http === "label").map((m) => m.name);
    const inputs = (validArbitrary(operation.input) as fc.Arbitrary<Record<string, unknown>>).filter(
      // A label must be a non-empty path segment; the service never sees an empty one.
      (input) => labels.every((name) => String(input[name] ?? "") !== "") && representable(operation.input, input),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const request = serializeRequest(operation, input, ENDPOINT);
        const queryText = Object.entries(request.query)
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
          .join("&");
        const { path, query } = splitTarget(request.path + (queryText ? `?${queryText}` : ""));
        const matched = route(request.method, path);
        expect(matched.operation.name).toBe(operation.name);
        const body = Buffer.from(typeof request.body === "string" ? request.body : "");
        const parsed = parseInput(operation, matched.labels, { method: request.method, path, query, headers: request.headers, body });
        expect(parsed).toEqual(canonical(operation.input, input));
      }),
      { numRuns: 60 },
    );
  });

  it("a random valid output serialized by the local service is deserialized back unchanged by the client", async () => {
    const outputs = (validArbitrary(operation.output) as fc.Arbitrary<Record<string, unknown>>).filter((output) => representable(operation.output, output));
    await fc.assert(
      fc.asyncProperty(outputs, async (output) => {
        const body = JSON.stringify(serializeJson(operation.output, canonical(operation.output, output)));
        const response = new HttpResponse({ statusCode: operation.code, headers: { "content-type": "application/json", "x-amzn-requestid": "rid" }, body: new TextEncoder().encode(body) });
        const { $metadata, ...rest } = await deserializeResponse<Record<string, unknown> & { $metadata: object }>(operation, response);
        expect(rest).toEqual(canonical(operation.output, output));
        expect($metadata).toMatchObject({ httpStatusCode: operation.code, requestId: "rid" });
      }),
      { numRuns: 60 },
    );
  });
});
