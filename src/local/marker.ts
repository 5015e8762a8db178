import { invalidParameter } from "./errors.js";

/**
 * Encodes a pagination position as an opaque token: the sequence number of the last mapping
 * returned. Pages resume after that key rather than at an index, so mappings deleted (or created)
 * between pages never make a page skip or repeat one.
 * @internal
 */
export const encodeMarker = (seq: number): string => Buffer.from(`esm-page:${seq}`, "utf8").toString("base64url");

/** Decodes a {@link encodeMarker} token, rejecting anything else with `InvalidParameterValueException`. @internal */
export function decodeMarker(marker: string): number {
  const m = /^esm-page:(\d{1,15})$/.exec(Buffer.from(marker, "base64url").toString("utf8"));
  if (!m) throw invalidParameter(`Invalid Marker: "${marker}" is not a marker returned by ListEventSourceMappings.`);
  return Number(m[1]);
}
