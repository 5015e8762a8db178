import { readFileSync } from "node:fs";
import type { ShapeSchema } from "../models/schema-types.js";
import { isComplex, shapeOf } from "./model-flags.js";
import { pythonInt, pythonRepr } from "./python-int.js";
import { pythonJsonError } from "./python-json-error.js";
import { CliFailure } from "./report-error.js";
import { parseShorthand, ShorthandParseError, type ShorthandValue } from "./shorthand.js";
import { UsageError } from "./usage-error.js";

/** `Error parsing parameter '--x': reason`, the AWS CLI's wording for a value it cannot read (exit 252). */
export function paramError(flag: string, message: string): UsageError {
  return new UsageError(`Error parsing parameter '${flag}': ${message}`, { plain: true });
}

/**
 * The AWS CLI's parameter files: `file://path` is replaced by the file's text (`fileb://` too: no member of this
 * API is a blob); anything else is the value itself.
 */
export function readParamFile(value: string, flag: string): string {
  const prefix = /^(fileb?):\/\//.exec(value);
  if (!prefix) return value;
  const path = value.slice(prefix[0].length);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as { code?: string }).code === "ENOENT" ? "No such file or directory" : String((error as { code?: string }).code);
    throw paramError(flag, `Unable to load paramfile ${value}: ${reason}: '${path}'`);
  }
}

function parseJson(text: string, flag: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw paramError(flag, `Invalid JSON: ${jsonProblem(text)}\nJSON received: ${text}`);
  }
}

/** Why a text is not JSON, in the words of Python's json module (which the AWS CLI prints), never V8's. */
export function jsonProblem(text: string): string {
  // Python accepts NaN and Infinity, JSON.parse does not: the only texts without a Python message.
  return pythonJsonError(text) ?? "NaN and Infinity are not JSON numbers";
}

/** A timestamp as the AWS CLI accepts one: ISO 8601 (date or date-time) or epoch seconds. */
export function parseTimestamp(value: string | number, flag: string): Date {
  const date = typeof value === "number" || /^-?\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) throw paramError(flag, `Invalid timestamp value: ${value} (expected ISO 8601, e.g. 2024-01-31T12:00:00Z, or epoch seconds)`);
  return date;
}

/** shorthand.py's BackCompatVisitor: scalars typed by the model, a lone value where a list belongs wrapped in a list. */
function applyModel(value: unknown, shape: ShapeSchema, flag: string): unknown {
  if (value === undefined || value === null) return value;
  switch (shape.type) {
    case "structure": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const object = value as Record<string, unknown>;
      for (const member of shape.members!) {
        if (Object.hasOwn(object, member.name)) object[member.name] = applyModel(object[member.name], shapeOf(member.target), flag);
      }
      return object;
    }
    case "list": {
      const list = Array.isArray(value) ? value : [value];
      return list.map((item) => applyModel(item, shapeOf(shape.member!), flag));
    }
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) object[key] = applyModel(object[key], shapeOf(shape.value!), flag);
      return object;
    }
    case "integer":
    case "long": {
      if (typeof value !== "string") return value;
      // BackCompatVisitor calls int() and lets Python's ValueError through, as for a scalar flag.
      const number = pythonInt(value);
      if (number === undefined) throw new CliFailure(`invalid literal for int() with base 10: ${pythonRepr(value)}`, 255);
      return number;
    }
    case "boolean":
      if (typeof value === "string" && value.toLowerCase() === "true") return true;
      if (typeof value === "string" && value.toLowerCase() === "false") return false;
      return value;
    default:
      return value;
  }
}

function shorthand(text: string, flag: string): ShorthandValue {
  try {
    return parseShorthand(text);
  } catch (error) {
    if (error instanceof ShorthandParseError) throw paramError(flag, error.message);
    throw error;
  }
}

/**
 * Converts the words given to one generated flag into the member's value, as the AWS CLI does: JSON when the first
 * word starts with `{` or `[` (taken as typed: botocore's BackCompatVisitor converts only shorthand), shorthand for structures, maps and lists of them, one word per element for lists,
 * integers and timestamps parsed, `file://` read first.
 */
export function flagValue(words: readonly string[], shape: ShapeSchema, flag: string): unknown {
  const texts = words.map((w) => readParamFile(w, flag));
  const first = texts[0] ?? "";
  if (shape.type === "list") {
    if (texts.length === 1 && first.trimStart().startsWith("[")) return reviveTimestamps(parseJson(first, flag), shape, flag);
    const member = shapeOf(shape.member!);
    if (isComplex(member)) {
      return texts.map((t) => (t.trimStart().startsWith("{") ? reviveTimestamps(parseJson(t, flag), member, flag) : applyModel(shorthand(t, flag), member, flag)));
    }
    return texts.map((t) => scalarValue(t, member, flag));
  }
  if (texts.length > 1) throw paramError(flag, `expected one value, got ${texts.length}: ${texts.join(" ")}`);
  if (shape.type === "structure" || shape.type === "map") {
    if (first.trimStart().startsWith("{")) return reviveTimestamps(parseJson(first, flag), shape, flag);
    if (first.trimStart().startsWith("[")) throw paramError(flag, `Invalid JSON:\n${first}`);
    return applyModel(shorthand(first, flag), shape, flag);
  }
  return scalarValue(first, shape, flag);
}

function scalarValue(text: string, shape: ShapeSchema, flag: string): unknown {
  switch (shape.type) {
    case "integer":
    case "long": {
      // The AWS CLI calls int() on the text and lets Python's ValueError through: its message alone, exit 255.
      const value = pythonInt(text);
      if (value === undefined) throw new CliFailure(`invalid literal for int() with base 10: ${pythonRepr(text)}`, 255);
      return value;
    }
    case "timestamp":
      return parseTimestamp(text, flag);
    case "boolean":
      return text.toLowerCase() !== "false";
    default:
      return text;
  }
}

/** Turns timestamp strings and numbers of a JSON input (`--cli-input-json`, JSON flag values) into `Date`s. */
export function reviveTimestamps(value: unknown, shape: ShapeSchema, flag: string): unknown {
  if (value === undefined || value === null) return value;
  if (shape.type === "timestamp" && (typeof value === "string" || typeof value === "number")) return parseTimestamp(value, flag);
  if (shape.type === "structure" && typeof value === "object" && !Array.isArray(value)) {
    for (const member of shape.members!) {
      const object = value as Record<string, unknown>;
      if (Object.hasOwn(object, member.name)) object[member.name] = reviveTimestamps(object[member.name], shapeOf(member.target), flag);
    }
  } else if (shape.type === "list" && Array.isArray(value)) {
    return value.map((item) => reviveTimestamps(item, shapeOf(shape.member!), flag));
  }
  return value;
}
