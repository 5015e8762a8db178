import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { EventSourceMappingPlanError } from "./plan-error.js";
import type { DesiredEventSourceMapping } from "./types.js";

/**
 * Parses a mappings document (docs/apply.md, schema docs/mappings.schema.json): a list of CreateEventSourceMapping
 * inputs, or `{ mappings: [...] }` (with an optional `$schema` for editors), as JSON or YAML. Filter patterns may be
 * written as objects (they become the JSON strings the API takes) and `StartingPositionTimestamp` as an ISO 8601
 * date-time or epoch seconds. YAML is parsed by the `yaml` package, loaded only for YAML documents.
 * @param text - the document.
 * @param format - `json` or `yaml` (YAML is a superset of JSON, so `yaml` reads both).
 * @param source - a name for messages, e.g. the file path.
 */
export async function parseMappingsDocument(text: string, format: "json" | "yaml", source = "mappings"): Promise<DesiredEventSourceMapping[]> {
  let document: unknown;
  try {
    if (format === "json") document = JSON.parse(text);
    else {
      const { parse } = await import("yaml");
      document = parse(text);
    }
  } catch (error) {
    throw new EventSourceMappingPlanError(`${source}: not valid ${format.toUpperCase()}: ${(error as Error).message}`);
  }
  const list = Array.isArray(document) ? document : (document as { mappings?: unknown } | null)?.mappings;
  if (!Array.isArray(list)) throw new EventSourceMappingPlanError(`${source}: expected a list of mappings, or an object with a "mappings" list`);
  if (!Array.isArray(document)) {
    const extra = Object.keys(document as object).filter((k) => k !== "mappings" && k !== "$schema");
    if (extra.length) throw new EventSourceMappingPlanError(`${source}: unknown top-level key ${extra.map((k) => `"${k}"`).join(", ")} (expected "mappings" and optionally "$schema")`);
  }
  return list.map((entry: unknown) => normalizeEntry(entry));
}

/** Reads and parses a mappings file; `.json` is JSON, anything else (`.yaml`, `.yml`) YAML. */
export async function readMappingsFile(path: string): Promise<DesiredEventSourceMapping[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new EventSourceMappingPlanError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parseMappingsDocument(text, extname(path).toLowerCase() === ".json" ? "json" : "yaml", path);
}

function normalizeEntry(entry: unknown): DesiredEventSourceMapping {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return entry as DesiredEventSourceMapping;
  const mapping = { ...(entry as Record<string, unknown>) };
  const criteria = mapping.FilterCriteria as { Filters?: unknown } | undefined;
  if (criteria && Array.isArray(criteria.Filters)) {
    mapping.FilterCriteria = {
      ...criteria,
      Filters: criteria.Filters.map((f: unknown) => {
        const pattern = (f as { Pattern?: unknown } | null)?.Pattern;
        return pattern !== null && typeof pattern === "object" ? { ...(f as object), Pattern: JSON.stringify(pattern) } : f;
      }),
    };
  }
  const timestamp = mapping.StartingPositionTimestamp;
  if (typeof timestamp === "string" || typeof timestamp === "number") {
    const date = typeof timestamp === "number" ? new Date(timestamp * 1000) : new Date(timestamp);
    // An unparseable value is passed on as is, so validation names the member.
    if (!Number.isNaN(date.getTime())) mapping.StartingPositionTimestamp = date;
  }
  return mapping as unknown as DesiredEventSourceMapping;
}
