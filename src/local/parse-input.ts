import { shapeSchemas } from "../models/schema.js";
import type { OperationSchema } from "../models/schema-types.js";
import { deserializeJson } from "../protocol/deserialize-json.js";
import { serviceValidationError } from "../validation/service-error.js";
import { validateWireConstraints } from "../validation/create-input-validator.js";
import { answerError } from "./check-model-constraints.js";
import { invalidContent } from "./errors.js";
import type { RawRequest } from "./raw-request.js";

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Rebuilds an operation's input from a request, driven by the generated input shape, the way the service's
 * framework does before any handler runs: URI labels and query parameters (as text), the JSON body; then every
 * value is checked against the model with the code the client's validation uses (a wrong JSON type: 400
 * `SerializationException`; broken constraints: 400 `ValidationException` with the framework's message). Only then
 * are timestamps turned into `Date`s and query integers into numbers, so no input can reach a handler (or a 500)
 * unchecked. Unknown members are dropped.
 * @internal
 */
export function parseInput(operation: OperationSchema, labels: Record<string, string>, request: RawRequest): Record<string, unknown> {
  const members = shapeSchemas[operation.input]!.members!;
  const hasBody = members.some((m) => !m.http);
  let wire: Record<string, unknown> = {};
  if (hasBody) {
    const text = request.body.toString("utf8");
    let parsed: unknown = {};
    if (text.trim() !== "") {
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw invalidContent(`Could not parse payload into json: ${(error as Error).message}`);
      }
    }
    // A JSON `null` body is an empty input; any other non-object is the deserializer's type error below.
    wire = parsed === null ? {} : (parsed as Record<string, unknown>);
  }
  const http: Record<string, string> = {};
  for (const member of members) {
    if (member.http === "label") http[member.name] = safeDecode(labels[member.name] ?? "");
    else if (member.http === "query") {
      const raw = request.query[member.httpName!];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value !== undefined) http[member.name] = value;
    }
  }
  const combined = typeof wire === "object" && !Array.isArray(wire) ? { ...wire, ...http } : wire;
  // Model constraints only: Lambda's filter syntax is the handlers' to check, after the framework's validation.
  const answer = serviceValidationError(validateWireConstraints(operation.input, combined));
  if (answer) throw answerError(answer.code, answer.message);
  const input = (hasBody ? deserializeJson(operation.input, wire) : {}) as Record<string, unknown>;
  for (const member of members) {
    const value = http[member.name];
    if (value === undefined) continue;
    const type = shapeSchemas[member.target]?.type;
    input[member.name] = type === "integer" || type === "long" ? Number(value) : type === "boolean" ? value === "true" : value;
  }
  return input;
}
