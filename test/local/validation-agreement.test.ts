import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { operationSchemas } from "../../src/models/operations.js";
import { shapeSchemas } from "../../src/models/schema.js";
import { applyViolation, DELETE, violationsOf, type Violation } from "../validation/one-violation.js";
import { validArbitrary } from "../validation/arbitrary-from-schema.js";
import { failure, oursApi, sdkApi, type EsmApi } from "./support/clients.js";

// One implementation, two places: for the same input, the client's validation throws exactly the error that the
// local service answers (seen through this library's client with validation off, and through @aws-sdk/client-lambda).

let local: LocalLambda;
let checked: EsmApi;
let unchecked: EsmApi;
let sdk: EsmApi;
beforeAll(async () => {
  local = await startLocalLambda({});
  checked = oursApi(local);
  unchecked = oursApi(local, { validateInput: false });
  sdk = sdkApi(local);
});
afterAll(async () => {
  for (const api of [checked, unchecked, sdk]) api.destroy();
  await local.close();
});

// A replacement the SDK writes as plain JSON (no Date, bigint, NaN, Set...): what the service sees is what was given.
const plainJson = (value: unknown): boolean =>
  value === DELETE ||
  typeof value === "string" ||
  typeof value === "boolean" ||
  (typeof value === "number" && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every(plainJson)) ||
  (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plainJson));

const httpMembers = (shape: string) => new Set(shapeSchemas[shape]!.members!.filter((m) => m.http).map((m) => m.name));

function sendable(shape: string, v: Violation): boolean {
  if (v.rule === "filter" || !plainJson(v.replacement)) return false;
  // A label or query member goes out as text; the SDK refuses an empty or missing label before sending.
  if (httpMembers(shape).has(String(v.segments[0]))) {
    return v.segments.length === 1 && (typeof v.replacement === "string" || typeof v.replacement === "number") && v.replacement !== "";
  }
  return true;
}

// The arbitrary may give bigints (the SDK writes them as bare JSON numbers); keep to numbers so both paths agree.
function plainNumbers(value: unknown): Record<string, unknown> {
  const convert = (v: unknown): unknown =>
    typeof v === "bigint" ? Number(v) : Array.isArray(v) ? v.map(convert) : v && typeof v === "object" && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)])) : v;
  return convert(value) as Record<string, unknown>;
}

// An empty URI label leaves an empty path segment, which no client can send as that operation (the route differs).
const labelsNonEmpty = (shape: string, input: Record<string, unknown>): boolean =>
  shapeSchemas[shape]!.members!.every((m) => m.http !== "label" || input[m.name] !== "");

// Containers of timestamps hold Dates from the arbitrary; the SDK writes them as epoch seconds, as does the check.
const send = (api: EsmApi, operation: string, input: Record<string, unknown>) => {
  switch (operation) {
    case "CreateEventSourceMapping":
      return api.create(input as never);
    case "UpdateEventSourceMapping":
      return api.update(input as never);
    case "GetEventSourceMapping":
      return api.get(input.UUID as string);
    case "DeleteEventSourceMapping":
      return api.delete(input.UUID as string);
    default:
      return api.list(input as never);
  }
};

describe.each(Object.values(operationSchemas).map((op) => ({ operation: op.name, shape: op.input })))("$operation", ({ operation, shape }) => {
  it("a random single violation gets the same error name and message from client validation and from the service", async () => {
    const broken = validArbitrary(shape).map(plainNumbers).filter((input) => labelsNonEmpty(shape, input)).chain((input) => {
      const violations = violationsOf(shape, input).filter((v) => sendable(shape, v));
      return violations.length === 0 ? fc.constant(undefined) : fc.constantFrom(...violations).map((violation) => ({ input: applyViolation(input, violation) as Record<string, unknown>, violation }));
    });
    await fc.assert(
      fc.asyncProperty(broken, async (c) => {
        if (!c) return;
        const where = `${c.violation.path} (${c.violation.rule}) with ${fc.stringify(c.violation.replacement).slice(0, 80)}`;
        const client = await failure(send(checked, operation, c.input));
        const service = await failure(send(unchecked, operation, c.input));
        const viaSdk = await failure(send(sdk, operation, c.input));
        expect(["ValidationException", "SerializationException"], where).toContain(client.name);
        expect([service.name, service.message, service.$metadata.httpStatusCode], where).toEqual([client.name, client.message, 400]);
        expect([viaSdk.name, viaSdk.message], where).toEqual([client.name, client.message]);
        expect(client.$metadata, where).toEqual({});
      }),
      { numRuns: 40 },
    );
  });
});
