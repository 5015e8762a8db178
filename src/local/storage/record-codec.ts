import { deserializeJson } from "../../protocol/deserialize-json.js";
import { serializeJson } from "../../protocol/serialize-json.js";
import type { EventSourceMappingConfiguration } from "../../models/shapes.js";
import type { MappingRecord } from "../mapping-record.js";

const CONFIG_SHAPE = "EventSourceMappingConfiguration";

/** A mapping as a data file holds it: the record with its configuration in the service's wire JSON. @internal */
export type StoredRecord = Omit<MappingRecord, "config"> & { config: unknown };

/** A record in its on-disk form (dates as the wire's epoch seconds). @internal */
export const encodeRecord = (record: MappingRecord): StoredRecord => ({ ...record, config: serializeJson(CONFIG_SHAPE, record.config) });

/** A record read from disk; `undefined` when it is not one (no UUID, no sequence number). @internal */
export function decodeRecord(stored: unknown): MappingRecord | undefined {
  const candidate = stored as Partial<StoredRecord> | null;
  if (!candidate || typeof candidate !== "object" || typeof candidate.seq !== "number" || typeof candidate.config !== "object" || candidate.config === null) return undefined;
  const config = deserializeJson(CONFIG_SHAPE, candidate.config) as EventSourceMappingConfiguration;
  if (typeof config.UUID !== "string") return undefined;
  return { ...(candidate as StoredRecord), config };
}
