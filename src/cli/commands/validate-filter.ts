import { validateFilterCriteria } from "../../filters/validate-filter-criteria.js";
import type { FilterProblem } from "../../filters/types.js";
import { integerArg } from "../arg-values.js";
import type { CliCommand } from "../cli-command.js";
import { filterCriteriaArg } from "../filter-args.js";
import { renderTable } from "../render-table.js";

/** `lambda-esm validate-filter <pattern|@file>`: local FilterCriteria validation; exit code 1 when invalid. */
export const validateFilterCommand: CliCommand = {
  name: "validate-filter",
  args: "<pattern|criteria|@file>",
  positionals: { min: 1, max: 1 },
  description:
    "Check a filter pattern, or a whole FilterCriteria ({\"Filters\":[...]}), locally as Lambda would; " +
    "prints every problem and exits with 1 when Lambda would reject it.",
  options: {
    "max-filters": { type: "string", value: "<n>", help: "Filters allowed per mapping (default 5, Lambda's quota)" },
  },
  async run({ values, positionals }) {
    const criteria = filterCriteriaArg(positionals[0]!, "pattern");
    const maxFilters = values["max-filters"] === undefined ? undefined : integerArg(values["max-filters"] as string, "max-filters");
    const problems = validateFilterCriteria(criteria, maxFilters === undefined ? {} : { maxFilters });
    return { data: { valid: problems.length === 0, problems }, table: renderProblems, exitCode: problems.length === 0 ? 0 : 1 };
  },
};

function renderProblems(data: unknown): string {
  const { problems } = data as { problems: FilterProblem[] };
  if (problems.length === 0) return "valid\n";
  return renderTable(["path", "problem"], problems.map((p) => [p.path, p.message]));
}
