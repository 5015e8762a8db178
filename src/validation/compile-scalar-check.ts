import type { Bound, ShapeSchema } from "../models/schema-types.js";
import { cachedPattern } from "./cached-pattern.js";
import { type Check, mismatch, violation } from "./check.js";
import { codePointLength } from "./code-point-length.js";
import { enumClause, fullMatchSource, lengthClause, patternClause, servicePattern, valueClause } from "./service-wording.js";

const INT32: Bound = [-2147483648, 2147483647];
const INTEGER_TEXT = /^-?\d+$/;
// Date's range: a timestamp outside it cannot be stored or answered.
const MAX_EPOCH_SECONDS = 8.64e12;
// Above this many UTF-16 units, a string that is already too long is not also matched against its pattern, so a
// pathological value cannot make a pattern cost quadratic time (the service reports both; see docs/validation.md).
const PATTERN_CAP = 8192;

/**
 * Compiles the check of a string, enum, integer, long, boolean or timestamp shape, with the service's rules and
 * words: a value of the wrong JSON type is a serialization problem (`type`); then every constraint the value
 * breaks is one problem (`length`, `pattern`, `enum`, `range`), the way the service's framework counts them.
 * A URI label or query member (`httpBound`) travels as text, so it is checked on `String(value)`.
 * @internal
 */
export function compileScalarCheck(shapeName: string, schema: ShapeSchema, httpBound: boolean): Check {
  switch (schema.type) {
    case "integer":
    case "long":
      return integerCheck(schema, httpBound);
    case "boolean":
      return (value, at, out) => {
        const ok = typeof value === "boolean" || (httpBound && (value === "true" || value === "false"));
        if (!ok) out.push(mismatch(at, "boolean", value, httpBound));
      };
    case "timestamp":
      return (value, at, out) => {
        const seconds = value instanceof Date ? value.getTime() / 1000 : value;
        if (typeof seconds !== "number" || !Number.isFinite(seconds) || Math.abs(seconds) > MAX_EPOCH_SECONDS) out.push(mismatch(at, "timestamp", value));
      };
    default:
      return stringCheck(shapeName, schema, httpBound);
  }
}

function integerCheck(schema: ShapeSchema, httpBound: boolean): Check {
  const [typeMin, typeMax] = schema.type === "integer" ? INT32 : [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  const [min, max] = schema.range ?? [null, null];
  return (value, at, out) => {
    let n: number | undefined;
    if (typeof value === "number") n = Number.isInteger(value) ? value : undefined;
    else if (typeof value === "bigint") n = Number(value);
    else if (httpBound && typeof value === "string" && INTEGER_TEXT.test(value)) n = Number(value);
    if (n === undefined || n < typeMin! || n > typeMax!) {
      out.push(mismatch(at, schema.type, value, httpBound));
      return;
    }
    if (max !== null && n > max) out.push(violation(at, "range", valueClause("max", max), n));
    if (min !== null && n < min) out.push(violation(at, "range", valueClause("min", min), n));
  };
}

function stringCheck(shapeName: string, schema: ShapeSchema, httpBound: boolean): Check {
  const [min, max] = schema.length ?? [null, null];
  const pattern = schema.pattern === undefined ? undefined : servicePattern(shapeName, schema.pattern);
  const regex = pattern === undefined ? undefined : cachedPattern(fullMatchSource(pattern));
  const values = schema.type === "enum" ? new Set(schema.values) : undefined;
  const enumText = values && enumClause(shapeName, schema);
  return (value, at, out) => {
    const text = typeof value === "string" ? value : value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : httpBound ? scalarText(value) : undefined;
    if (text === undefined) {
      out.push(mismatch(at, schema.type, value, httpBound));
      return;
    }
    let tooLong = false;
    // Code points lie between ceil(units / 2) and units, so most strings are in range without counting.
    if ((max !== null && text.length > max) || (min !== null && (text.length + 1) >> 1 < min)) {
      const count = codePointLength(text);
      tooLong = max !== null && count > max;
      if (tooLong) out.push(violation(at, "length", lengthClause("max", max!), text));
      if (min !== null && count < min) out.push(violation(at, "length", lengthClause("min", min), text));
    }
    if (regex && !(tooLong && text.length > PATTERN_CAP) && !regex.test(text)) out.push(violation(at, "pattern", patternClause(pattern!), text));
    // Enum values are case-sensitive: `latest` is not `LATEST`.
    if (values && !values.has(text)) out.push(violation(at, "enum", enumText!, text));
  };
}

function scalarText(value: unknown): string | undefined {
  return typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? String(value) : undefined;
}
