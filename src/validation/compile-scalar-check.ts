import type { Bound, ShapeSchema } from "../models/schema-types.js";
import { cachedPattern } from "./cached-pattern.js";
import { type Check, describeSpan, formatBound, problem } from "./check.js";
import { codePointLength } from "./code-point-length.js";
import { describeValue } from "./describe-value.js";

// A Smithy integer is 32-bit; every ESM integer also has its own, narrower range.
const INT32: Bound = [-2147483648, 2147483647];
const INTEGER_TEXT = /^-?\d+$/;

/**
 * Compiles the check of a string, enum, integer, long, boolean or timestamp shape. A JSON body member must have the
 * JSON type the model names (the SDK writes a value by its JS type, so a `"10"` for an integer goes out as a JSON
 * string). A URI label, query or header member is checked on the text the SDK sends (`String(value)`), so `10` and
 * `"10"` are the same there.
 * @internal
 */
export function compileScalarCheck(schema: ShapeSchema, httpBound: boolean): Check {
  switch (schema.type) {
    case "integer":
    case "long":
      return integerCheck(schema.range ?? (schema.type === "integer" ? INT32 : [null, null]), httpBound);
    case "boolean":
      return (value, path, out) => {
        const ok = typeof value === "boolean" || (httpBound && (value === "true" || value === "false"));
        if (!ok) out.push(problem(path, "type", "must be a boolean", value));
      };
    case "timestamp":
      return (value, path, out) => {
        const ok = value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === "number" && Number.isFinite(value);
        if (!ok) out.push(problem(path, "type", "must be a valid Date or a finite number of epoch seconds", value));
      };
    default:
      return stringCheck(schema, httpBound);
  }
}

function integerCheck([min, max]: Bound, httpBound: boolean): Check {
  const expectation = `must be ${describeSpan(min, max)} (range ${formatBound(min, max)})`;
  return (value, path, out) => {
    let n: number | undefined;
    if (typeof value === "number") n = Number.isInteger(value) ? value : undefined;
    else if (typeof value === "bigint") n = Number(value);
    else if (httpBound && typeof value === "string" && INTEGER_TEXT.test(value)) n = Number(value);
    if (n === undefined) out.push(problem(path, "type", "must be an integer", value));
    else if ((min !== null && n < min) || (max !== null && n > max)) out.push(problem(path, "range", expectation, value));
  };
}

function stringCheck(schema: ShapeSchema, httpBound: boolean): Check {
  const expectation = schema.type === "enum" ? "must be a string (an enum value)" : "must be a string";
  const length = schema.length;
  const min = length?.[0] ?? 0;
  const max = length?.[1] ?? Infinity;
  const lengthExpectation = length && `must be ${describeSpan(length[0], length[1])} characters long (length ${formatBound(length[0], length[1])})`;
  const regex = schema.pattern === undefined ? undefined : cachedPattern(schema.pattern);
  const patternExpectation = `must match the pattern /${schema.pattern}/ (pattern)`;
  return (value, path, out) => {
    const text = typeof value === "string" ? value : httpBound ? scalarText(value) : undefined;
    if (text === undefined) {
      out.push(problem(path, "type", expectation, value));
      return;
    }
    // Code points lie between ceil(units / 2) and units, so most strings are in range without counting.
    if (lengthExpectation && (text.length > max || (text.length + 1) >> 1 < min)) {
      const count = codePointLength(text);
      if (count < min || count > max) {
        out.push(problem(path, "length", lengthExpectation, value, `${count} characters: ${describeValue(text)}`));
        // The pattern of a string that is too long is not tested: the length already rejects it, and it bounds the cost.
        if (count > max) return;
      }
    }
    if (regex && !regex.test(text)) out.push(problem(path, "pattern", patternExpectation, value));
  };
}

function scalarText(value: unknown): string | undefined {
  return typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? String(value) : undefined;
}
