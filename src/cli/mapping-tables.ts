import type { EventSourceMappingConfiguration } from "../models/index.js";
import { cell, renderKeyValue, renderTable } from "./render-table.js";

/** One mapping as a KEY/VALUE table. */
export const renderMapping = (data: unknown): string => renderKeyValue(data);

/** A ListEventSourceMappings result as one row per mapping, then the next page's marker if any. */
export function renderMappingList(data: unknown): string {
  const { EventSourceMappings = [], NextMarker } = data as { EventSourceMappings?: EventSourceMappingConfiguration[]; NextMarker?: string };
  const rows = EventSourceMappings.map((m) => [
    cell(m.UUID),
    cell(m.State),
    cell(m.FunctionArn),
    cell(m.EventSourceArn),
    cell(m.BatchSize),
    cell(m.LastModified),
  ]);
  const table = renderTable(["uuid", "state", "function", "event source", "batch", "last modified"], rows);
  return NextMarker ? `${table}\nMore: --marker ${NextMarker}\n` : table;
}
