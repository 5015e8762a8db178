import { shapeSchemas } from "../models/schema.js";
import { setMapEntry } from "./set-map-entry.js";

/**
 * Converts a parsed restJson1 JSON value into the SDK's output shape, driven by the model:
 * unknown members are dropped, `null` members are left out, and epoch-second timestamps
 * (numbers or numeric strings) become `Date`s. A timestamp in any other form throws, as the SDK does.
 */
export function deserializeJson(shapeName: string, value: unknown): unknown {
  const schema = shapeSchemas[shapeName];
  if (!schema || value == null) return value;
  switch (schema.type) {
    case "structure": {
      if (typeof value !== "object") return value;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let at = "";
      try {
        for (const member of schema.members!) {
          if (member.http) continue;
          const v = source[member.name];
          at = member.name;
          if (v != null) out[member.name] = deserializeJson(member.target, v);
        }
      } catch (error) {
        throw withMemberPath(error, at);
      }
      return out;
    }
    case "list":
      return Array.isArray(value)
        ? value.map((item, i) => {
            try {
              return deserializeJson(schema.member!, item);
            } catch (error) {
              throw withMemberPath(error, `[${i}]`);
            }
          })
        : value;
    case "map": {
      if (typeof value !== "object") return value;
      const out: Record<string, unknown> = {};
      let at = "";
      try {
        // Unlike structure members, null map values are kept: the SDK returns them as given.
        for (const [k, v] of Object.entries(value)) {
          at = k;
          setMapEntry(out, k, deserializeJson(schema.value!, v));
        }
      } catch (error) {
        throw withMemberPath(error, at);
      }
      return out;
    }
    case "timestamp":
      return parseEpochSeconds(value);
    default:
      return value;
  }
}

/** The only number forms the SDK's `strictParseDouble` accepts in a string: no spaces, `+`, hex or bare dots. */
const STRICT_NUMBER = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|-?Infinity|NaN)$/;

/**
 * Parses an epoch-seconds timestamp the way the SDK's `parseEpochTimestamp` does, with its
 * error messages: a number, or a string in strict JSON number form; never NaN or infinite.
 */
export function parseEpochSeconds(value: unknown): Date {
  let seconds: number;
  if (typeof value === "number") seconds = value;
  else if (typeof value === "string") {
    if (!STRICT_NUMBER.test(value)) throw new TypeError("Expected real number, got implicit NaN");
    seconds = Number.parseFloat(value);
  } else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
  if (!Number.isFinite(seconds)) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
  return new Date(Math.round(seconds * 1000));
}

/**
 * Prefixes the path of the member a conversion failed in (`EventSourceMappings[3].LastModified`)
 * to the error as it unwinds, so the response error can name it.
 */
function withMemberPath(error: unknown, segment: string): unknown {
  if (typeof error !== "object" || error === null) return error;
  const inner = (error as { memberPath?: string }).memberPath;
  const path = inner === undefined ? segment : `${segment}${inner.startsWith("[") ? "" : "."}${inner}`;
  return Object.defineProperty(error, "memberPath", { value: path, enumerable: false, configurable: true, writable: true });
}
