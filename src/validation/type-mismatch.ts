import type { ShapeSchema } from "../models/schema-types.js";

const TYPE_NAMES: Readonly<Record<ShapeSchema["type"], string>> = {
  string: "a String",
  enum: "a String",
  integer: "an Integer",
  long: "a Long",
  boolean: "a Boolean",
  timestamp: "a Timestamp",
  list: "a List",
  map: "a Map",
  structure: "a Structure",
};

/**
 * The message of the 400 `SerializationException` the service's JSON deserializer answers for a value of the wrong
 * JSON type, before any constraint is checked, e.g. `STRING_VALUE can not be converted to an Integer` (the Coral
 * framework's wording, as AWS services built on it answer it; the exact words for Lambda are inferred). `value` is
 * what the JSON body holds, or the SDK input member that the SDK would write as that JSON: a `Date` goes out as a
 * number, `NaN`/`Infinity` as strings, a `Map` or `Set` as an object.
 * @internal
 */
export function typeMismatch(value: unknown, expected: ShapeSchema["type"]): string {
  if (Array.isArray(value)) return "Start of list found where not expected.";
  if (typeof value === "object" && value !== null && !(value instanceof Date)) return "Start of structure or map found where not expected.";
  return `${jsonToken(value)} can not be converted to ${TYPE_NAMES[expected]}`;
}

function jsonToken(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE_VALUE" : "FALSE_VALUE";
  if (typeof value === "bigint" || value instanceof Date) return "NUMBER_VALUE";
  if (typeof value === "number") return Number.isFinite(value) ? "NUMBER_VALUE" : "STRING_VALUE";
  return "STRING_VALUE";
}
