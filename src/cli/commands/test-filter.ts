import { matchesFilterCriteria } from "../../filters/matches-filter-criteria.js";
import { matchesPattern } from "../../filters/matches-pattern.js";
import { shapeRecordForFiltering } from "../../filters/shape-record-for-filtering.js";
import type { FilterCriteria } from "../../models/index.js";
import type { CliCommand } from "../cli-command.js";
import { filterCriteriaArg } from "../filter-args.js";
import { readJsonArg } from "../arg-values.js";
import { UsageError } from "../usage-error.js";

/** The sources whose records Lambda reshapes before matching; a record without `eventSource` is matched as is. */
const SOURCES = "aws:sqs, aws:kinesis, aws:dynamodb, aws:kafka, SelfManagedKafka, aws:mq, aws:rmq";

/** Each leaf of a pattern (a path and its value list) as a one-field pattern of its own, in pattern order. */
function leaves(pattern: unknown, path: string[] = []): { path: string; pattern: object }[] {
  if (typeof pattern !== "object" || pattern === null || Array.isArray(pattern)) return [];
  const out: { path: string; pattern: object }[] = [];
  for (const [key, value] of Object.entries(pattern as Record<string, unknown>)) {
    if (key.startsWith("$")) return [{ path: path.join(".") || "$or", pattern: pattern as object }];
    if (Array.isArray(value)) {
      let leaf: object = { [key]: value };
      for (const p of [...path].reverse()) leaf = { [p]: leaf };
      out.push({ path: [...path, key].join("."), pattern: leaf });
    } else out.push(...leaves(value, [...path, key]));
  }
  return out;
}

/** The first field of the first pattern that the record fails, for a dropped record. */
function firstFailure(criteria: FilterCriteria, record: unknown, eventSource: string | undefined): { filter: number; field: string } | undefined {
  const document = shapeRecordForFiltering(record, eventSource);
  const filters = criteria.Filters ?? [];
  for (let i = 0; i < filters.length; i++) {
    const parsed: unknown = JSON.parse(filters[i]!.Pattern ?? "{}");
    const failing = leaves(parsed).find((leaf) => !matchesPattern(leaf.pattern, document));
    if (failing) return { filter: i, field: failing.path };
  }
  return undefined;
}

/** `lambda-esm test-filter --pattern … --record …`: which records Lambda would deliver under these filters, and why not. */
export const testFilterCommand: CliCommand = {
  name: "test-filter",
  description:
    "Evaluate filter patterns against records locally, shaping each record by its event source as Lambda does. Prints the " +
    "records delivered and dropped; for each dropped record, the first pattern field it failed. Exit 0 either way.",
  options: [
    { name: "pattern", kind: "list", value: "<pattern|criteria|@file>", help: "Filter patterns, or a FilterCriteria JSON" },
    { name: "record", kind: "value", value: "<json|@file>", help: "A record, an array of records, or an event with Records" },
    { name: "event-source", kind: "value", value: "<source>", help: `Event source for records without eventSource (${SOURCES})` },
  ],
  async run({ values }) {
    const patterns = (values.pattern as string[] | undefined) ?? [];
    if (patterns.length === 0) throw new UsageError("the following arguments are required: --pattern", { command: "test-filter" });
    if (typeof values.record !== "string") throw new UsageError("the following arguments are required: --record", { command: "test-filter" });
    const criteria: FilterCriteria = { Filters: patterns.flatMap((p) => filterCriteriaArg(p, "--pattern").Filters ?? []) };
    const input = readJsonArg(values.record, "--record");
    const eventRecords = (input as { Records?: unknown } | null)?.Records;
    const records = Array.isArray(input) ? input : Array.isArray(eventRecords) ? eventRecords : [input];
    const eventSource = typeof values["event-source"] === "string" ? values["event-source"] : undefined;
    const delivered: number[] = [];
    const dropped: Record<string, unknown>[] = [];
    records.forEach((record, index) => {
      if (matchesFilterCriteria(criteria, record, eventSource ? { eventSource } : {})) {
        delivered.push(index);
        return;
      }
      const entry: Record<string, unknown> = { record: index };
      const failure = firstFailure(criteria, record, eventSource);
      if (failure) Object.assign(entry, { filter: failure.filter, field: failure.field });
      const source = eventSource ?? (record as { eventSource?: unknown } | null)?.eventSource;
      if (source === undefined) {
        entry.note = `the record has no eventSource, so it was matched as is (no body/data decoding); pass --event-source (${SOURCES})`;
      }
      dropped.push(entry);
    });
    return { data: { delivered, dropped }, render: (data, format) => (format === "text" || format === "table" ? renderResult(data) : undefined) };
  },
};

function renderResult(data: unknown): string {
  const { delivered, dropped } = data as { delivered: number[]; dropped: { record: number; filter?: number; field?: string; note?: string }[] };
  const lines = [`delivered: ${delivered.length ? delivered.join(", ") : "none"}`];
  for (const d of dropped) {
    lines.push(`dropped: record ${d.record}${d.field !== undefined ? `: filter ${d.filter} field ${d.field} did not match` : ""}${d.note ? ` (${d.note})` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
