import type { ShapeSchema } from "../../models/schema-types.js";
import { shapeOf } from "../model-flags.js";

const pad = (n: number, width = 2): string => String(Math.trunc(Math.abs(n))).padStart(width, "0");

/**
 * A timestamp as AWS CLI v2 prints it (`cli_timestamp_format = iso8601`): Python's `datetime.isoformat()` of the
 * time in the local time zone, microseconds only when non-zero, e.g. `2024-05-01T12:00:00.446000+00:00`.
 */
export function isoTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const ms = date.getMilliseconds();
  const sign = offset < 0 ? "-" : "+";
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${ms ? `.${pad(ms, 3)}000` : ""}${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/**
 * An operation's output as the AWS CLI holds it before printing: members in model order (botocore builds its
 * dicts from the output shape), no `$metadata`, timestamps as {@link isoTimestamp} strings.
 */
export function toCliData(value: unknown, shape: ShapeSchema): unknown {
  if (value === undefined || value === null) return value;
  if (value instanceof Date) return isoTimestamp(value);
  if (shape.type === "structure" && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const member of shape.members!) {
      if (object[member.name] !== undefined) out[member.name] = toCliData(object[member.name], shapeOf(member.target));
    }
    return out;
  }
  if (shape.type === "list" && Array.isArray(value)) return value.map((item) => toCliData(item, shapeOf(shape.member!)));
  if (shape.type === "map" && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCliData(v, shapeOf(shape.value!))]));
  }
  return value;
}
