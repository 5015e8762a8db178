import { validateFilterCriteria } from "../../filters/validate-filter-criteria.js";
import type { FilterProblem } from "../../filters/types.js";
import type { CliCommand } from "../cli-command.js";
import { filterCriteriaArg } from "../filter-args.js";
import { paramError } from "../param-values.js";

/** `lambda-esm validate-filter <pattern|@file>`: local FilterCriteria validation; exit code 1 when invalid. */
export const validateFilterCommand: CliCommand = {
  name: "validate-filter",
  positionals: { usage: "<pattern|criteria|@file>", min: 1, max: 1 },
  description:
    'Check a filter pattern, or a whole FilterCriteria ({"Filters":[...]}), locally as Lambda would; ' +
    "prints every problem and exits with 1 when Lambda would reject it.",
  options: [{ name: "max-filters", kind: "value", value: "<n>", help: "Filters allowed per mapping (default 5, Lambda's quota)" }],
  async run({ values, positionals }) {
    const criteria = filterCriteriaArg(positionals[0]!, "pattern");
    const raw = values["max-filters"];
    if (raw !== undefined && (typeof raw !== "string" || !/^\d+$/.test(raw))) throw paramError("--max-filters", `expected an integer, got '${String(raw)}'`);
    const problems = validateFilterCriteria(criteria, raw === undefined ? {} : { maxFilters: Number(raw) });
    return {
      data: { valid: problems.length === 0, problems },
      render: (data, format) => (format === "text" || format === "table" ? renderProblems(data) : undefined),
      exitCode: problems.length === 0 ? 0 : 1,
    };
  },
};

function renderProblems(data: unknown): string {
  const { problems } = data as { problems: FilterProblem[] };
  if (problems.length === 0) return "valid\n";
  return problems.map((p) => `${p.path}: ${p.message}`).join("\n") + "\n";
}
