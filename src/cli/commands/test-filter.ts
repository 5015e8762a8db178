import { matchesFilterCriteria } from "../../filters/matches-filter-criteria.js";
import type { FilterCriteria } from "../../models/index.js";
import { readJsonArg } from "../arg-values.js";
import type { CliCommand } from "../cli-command.js";
import { filterCriteriaArg } from "../filter-args.js";
import { renderTable } from "../render-table.js";
import { UsageError } from "../usage-error.js";

/** `lambda-esm test-filter --pattern … --record …`: would Lambda deliver these records under these filters? */
export const testFilterCommand: CliCommand = {
  name: "test-filter",
  args: "--pattern <pattern|@file> --record <json|@file> [options]",
  positionals: { min: 0, max: 0 },
  description:
    "Evaluate filter patterns against records locally, shaping each record by its event source as Lambda does. " +
    'Prints {"matched": true|false} for one record, or {"matched": [...]} for an array or an event\'s "Records".',
  options: {
    pattern: { type: "string", multiple: true, value: "<pattern|criteria|@file>", help: "A filter pattern or a FilterCriteria (repeatable)" },
    record: { type: "string", value: "<json|@file>", help: "A record, an array of records, or an event with Records" },
    "event-source": { type: "string", value: "<source>", help: "Event source for records without eventSource (aws:kafka, aws:mq, ...)" },
  },
  async run({ values }) {
    const patterns = (values.pattern as string[] | undefined) ?? [];
    if (patterns.length === 0) throw new UsageError("lambda-esm test-filter: --pattern is required", "test-filter");
    if (typeof values.record !== "string") throw new UsageError("lambda-esm test-filter: --record is required", "test-filter");
    const criteria: FilterCriteria = { Filters: patterns.flatMap((p) => filterCriteriaArg(p, "--pattern").Filters ?? []) };
    const input = readJsonArg(values.record, "--record");
    const records = Array.isArray(input) ? input : recordsOf(input);
    const options = typeof values["event-source"] === "string" ? { eventSource: values["event-source"] } : {};
    const match = (record: unknown): boolean => matchesFilterCriteria(criteria, record, options);
    return { data: { matched: records ? records.map(match) : match(input) }, table: renderMatches };
  },
};

function recordsOf(event: unknown): unknown[] | undefined {
  const records = (event as { Records?: unknown } | null)?.Records;
  return Array.isArray(records) ? records : undefined;
}

function renderMatches(data: unknown): string {
  const { matched } = data as { matched: boolean | boolean[] };
  if (!Array.isArray(matched)) return `${matched ? "matched" : "not matched"}\n`;
  return renderTable(["record", "matched"], matched.map((m, i) => [String(i), String(m)]));
}
