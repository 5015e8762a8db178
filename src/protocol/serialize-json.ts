import { shapeSchemas } from "../models/schema.js";
import { setMapEntry } from "./set-map-entry.js";

/**
 * Converts one input value to its restJson1 JSON form, driven by the model: structure members
 * come out in model order, unknown keys and null/undefined members are dropped at every level,
 * `{}`/`[]`/`false`/`0` are kept, timestamps become epoch seconds, and non-finite numbers become
 * the strings the SDK sends (`"NaN"`, `"Infinity"`, `"-Infinity"`).
 */
export function serializeJson(shapeName: string, value: unknown): unknown {
  const schema = shapeSchemas[shapeName];
  if (!schema) return value;
  switch (schema.type) {
    case "structure": {
      if (typeof value !== "object" || value === null) return value;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const member of schema.members!) {
        if (member.http) continue;
        const v = source[member.name];
        if (v != null) out[member.name] = serializeJson(member.target, v);
      }
      return out;
    }
    case "list":
      if (!Array.isArray(value)) return value;
      return value.filter((item) => item != null).map((item) => serializeJson(schema.member!, item));
    case "map": {
      if (typeof value !== "object" || value === null) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (v != null) setMapEntry(out, k, serializeJson(schema.value!, v));
      return out;
    }
    case "timestamp":
      // A Date goes out as a bare JSON number of seconds; other values pass through unvalidated, as in the SDK.
      return value instanceof Date ? value.getTime() / 1000 : value;
    case "integer":
    case "long":
      return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
    default:
      return value;
  }
}
