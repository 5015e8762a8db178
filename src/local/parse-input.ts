import { shapeSchemas } from "../models/schema.js";
import type { OperationSchema } from "../models/schema-types.js";
import { deserializeJson } from "../protocol/deserialize-json.js";
import { checkJsonTypes } from "./check-json-types.js";
import { invalidContent, invalidParameter } from "./errors.js";
import type { RawRequest } from "./raw-request.js";

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Rebuilds an operation's input from a request, driven by the generated input shape: URI labels,
 * typed query parameters and the JSON body (type-checked, timestamps turned into `Date`s,
 * unknown members dropped) — the server side of `serializeRequest`.
 * @internal
 */
export function parseInput(operation: OperationSchema, labels: Record<string, string>, request: RawRequest): Record<string, unknown> {
  const members = shapeSchemas[operation.input]!.members!;
  const hasBody = members.some((m) => !m.http);
  let input: Record<string, unknown> = {};
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
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw invalidContent("the request body must be a JSON object");
    const problem = checkJsonTypes(operation.input, parsed, "");
    if (problem) throw invalidContent(problem);
    input = deserializeJson(operation.input, parsed) as Record<string, unknown>;
  }
  for (const member of members) {
    if (member.http === "label") {
      input[member.name] = safeDecode(labels[member.name] ?? "");
    } else if (member.http === "query") {
      const raw = request.query[member.httpName!];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value !== undefined) input[member.name] = queryValue(member.name, member.target, value);
    }
  }
  return input;
}

function queryValue(name: string, target: string, value: string): unknown {
  const type = shapeSchemas[target]?.type;
  if (type === "integer" || type === "long") {
    if (!/^-?\d+$/.test(value)) throw invalidParameter(`${name} must be an integer, got "${value}".`);
    return Number(value);
  }
  if (type === "boolean") {
    if (value !== "true" && value !== "false") throw invalidParameter(`${name} must be true or false, got "${value}".`);
    return value === "true";
  }
  return value;
}
