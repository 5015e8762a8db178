import type { ShapeSchema } from "../models/schema-types.js";
import { shapeOf } from "./model-flags.js";
import { UsageError } from "./usage-error.js";

/**
 * botocore's client-side parameter validation (botocore/validate.py), which the AWS CLI runs before every call:
 * missing required members, unknown members (a misspelled `--cli-input-json` key), wrong JSON types, and values
 * under a minimum length or value. Maximums, patterns and enums are left to the service, as botocore leaves them.
 * Messages are botocore's, except that types are named as JSON types rather than Python classes.
 */
export function validateParams(input: unknown, inputShape: string): void {
  const errors: string[] = [];
  visit(input, shapeOf(inputShape), "", errors);
  if (errors.length > 0) throw new UsageError(`Parameter validation failed:\n${errors.join("\n")}`, { plain: true });
}

const typeName = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "list" : value instanceof Date ? "timestamp" : typeof value === "object" ? "object" : typeof value;
const show = (value: unknown): string => (typeof value === "object" && value !== null && !(value instanceof Date) ? JSON.stringify(value) : String(value));

function visit(value: unknown, shape: ShapeSchema, name: string, errors: string[]): void {
  const label = name || "input";
  const invalidType = (valid: string): void => {
    errors.push(`Invalid type for parameter ${label}, value: ${show(value)}, type: ${typeName(value)}, valid types: ${valid}`);
  };
  switch (shape.type) {
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return invalidType("object");
      const object = value as Record<string, unknown>;
      for (const member of shape.members!) {
        if (member.required && object[member.name] === undefined) errors.push(`Missing required parameter in ${label}: "${member.name}"`);
      }
      const names = shape.members!.map((m) => m.name);
      for (const key of Object.keys(object)) {
        const member = shape.members!.find((m) => m.name === key);
        if (!member) {
          errors.push(`Unknown parameter in ${label}: "${key}", must be one of: ${names.join(", ")}`);
          continue;
        }
        if (object[key] !== undefined) visit(object[key], shapeOf(member.target), name ? `${name}.${key}` : key, errors);
      }
      return;
    }
    case "list":
      if (!Array.isArray(value)) return invalidType("list, tuple");
      minimum(value.length, shape.length?.[0], label, value, "length", errors);
      value.forEach((item, i) => visit(item, shapeOf(shape.member!), `${label}[${i}]`, errors));
      return;
    case "map":
      if (typeof value !== "object" || value === null || Array.isArray(value)) return invalidType("object");
      minimum(Object.keys(value).length, shape.length?.[0], label, value, "length", errors);
      for (const [key, item] of Object.entries(value)) visit(item, shapeOf(shape.value!), `${label}.${key}`, errors);
      return;
    case "string":
    case "enum":
      if (typeof value !== "string") return invalidType("string");
      minimum(value.length, shape.length?.[0], label, value, "length", errors);
      return;
    case "integer":
    case "long":
      if (typeof value !== "number" || !Number.isInteger(value)) return invalidType("integer");
      minimum(value, shape.range?.[0], label, value, "value", errors);
      return;
    case "boolean":
      if (typeof value !== "boolean") invalidType("boolean");
      return;
    case "timestamp":
      if (!(value instanceof Date) && typeof value !== "string" && typeof value !== "number") invalidType("timestamp, string, number");
      return;
  }
}

function minimum(actual: number, min: number | null | undefined, label: string, value: unknown, what: "length" | "value", errors: string[]): void {
  if (min === null || min === undefined || actual >= min) return;
  errors.push(
    what === "length"
      ? `Invalid length for parameter ${label}, value: ${actual}, valid min length: ${min}`
      : `Invalid value for parameter ${label}, value: ${show(value)}, valid min value: ${min}`,
  );
}
