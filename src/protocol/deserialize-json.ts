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
      for (const member of schema.members!) {
        if (member.http) continue;
        const v = source[member.name];
        if (v != null) out[member.name] = deserializeJson(member.target, v);
      }
      return out;
    }
    case "list":
      return Array.isArray(value) ? value.map((item) => deserializeJson(schema.member!, item)) : value;
    case "map": {
      if (typeof value !== "object") return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (v != null) setMapEntry(out, k, deserializeJson(schema.value!, v));
      return out;
    }
    case "timestamp":
      return parseEpochSeconds(value);
    default:
      return value;
  }
}

/** Parses an epoch-seconds timestamp the way the SDK's `parseEpochTimestamp` does. */
export function parseEpochSeconds(value: unknown): Date {
  const seconds = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (typeof value === "string" && (value.trim() === "" || Number.isNaN(seconds))) {
    throw new TypeError("Expected real number, got implicit NaN");
  }
  if (!Number.isFinite(seconds)) throw new TypeError(`Expected real number, got ${String(value)}`);
  return new Date(Math.round(seconds * 1000));
}
