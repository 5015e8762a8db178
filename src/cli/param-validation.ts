import type { ShapeSchema } from "../models/schema-types.js";
import { shapeOf } from "./model-flags.js";
import { pythonRepr } from "./python-int.js";
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

/** Python's `type(value)` as botocore prints it, for the value json.loads or the shorthand parser would have made. */
const typeName = (value: unknown): string => `<class '${pythonType(value)}'>`;
const pythonType = (value: unknown): string => {
  if (value === null || value === undefined) return "NoneType";
  if (Array.isArray(value)) return "list";
  if (value instanceof Date) return "datetime.datetime";
  if (typeof value === "object") return "dict";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  return typeof value === "boolean" ? "bool" : "str";
};
/** Python's `str(value)`: a string as itself, containers as their repr (`{'a': 1}`, `[True, None]`). */
const show = (value: unknown): string => (typeof value === "string" ? value : pythonReprOf(value));
const pythonReprOf = (value: unknown): string => {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string") return pythonRepr(value);
  if (value instanceof Date) return String(value);
  if (Array.isArray(value)) return `[${value.map(pythonReprOf).join(", ")}]`;
  if (typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `${pythonRepr(k)}: ${pythonReprOf(v)}`).join(", ")}}`;
  return String(value);
};
/** botocore's valid types, as `str()` of each Python type it accepts. */
const classes = (...names: string[]): string => names.map((n) => `<class '${n}'>`).join(", ");

function visit(value: unknown, shape: ShapeSchema, name: string, errors: string[]): void {
  const label = name || "input";
  const invalidType = (valid: string): void => {
    errors.push(`Invalid type for parameter ${label}, value: ${show(value)}, type: ${typeName(value)}, valid types: ${valid}`);
  };
  switch (shape.type) {
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return invalidType(classes("dict"));
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
      if (!Array.isArray(value)) return invalidType(classes("list", "tuple"));
      minimum(value.length, shape.length?.[0], label, value, "length", errors);
      value.forEach((item, i) => visit(item, shapeOf(shape.member!), `${label}[${i}]`, errors));
      return;
    case "map":
      if (typeof value !== "object" || value === null || Array.isArray(value)) return invalidType(classes("dict"));
      minimum(Object.keys(value).length, shape.length?.[0], label, value, "length", errors);
      for (const [key, item] of Object.entries(value)) visit(item, shapeOf(shape.value!), `${label}.${key}`, errors);
      return;
    case "string":
    case "enum":
      if (typeof value !== "string") return invalidType(classes("str"));
      minimum(value.length, shape.length?.[0], label, value, "length", errors);
      return;
    case "integer":
    case "long":
      if (typeof value !== "number" || !Number.isInteger(value)) return invalidType(classes("int"));
      minimum(value, shape.range?.[0], label, value, "value", errors);
      return;
    case "boolean":
      if (typeof value !== "boolean") invalidType(classes("bool"));
      return;
    case "timestamp":
      if (!(value instanceof Date) && typeof value !== "string" && typeof value !== "number") invalidType(`${classes("datetime.datetime")}, timestamp-string`);
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
