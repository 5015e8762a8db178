import type { CliCommand, CommandContext } from "../cli-command.js";
import { UsageError } from "../usage-error.js";
import { MAPPINGS_FILE_OPTIONS, asUsageError, machineOutput, readPlanInputs, shortFlags, useColor } from "./plan.js";

/** Asks on the terminal; anything but y/yes declines. */
async function confirm(question: string): Promise<boolean> {
  const { createInterface } = await import("node:readline/promises");
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes)$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

/**
 * `lambda-esm apply -f mappings.yaml`: plans, shows the plan, asks before deleting or replacing (on a terminal, unless
 * --yes), then applies. Exit code 0 when nothing changed or everything was applied; 1 with the report of what was
 * done and not done when a step fails.
 */
export const applyCommand: CliCommand = {
  name: "apply",
  positionals: { usage: "-f <mappings file>", min: 0, max: 3 },
  description:
    "Make the account's mappings match the file: update, create, replace (only with --allow-replace) and delete (only with " +
    "--prune-function), waiting until each mapping is stable. Prints the plan first and asks before deleting or replacing " +
    "unless --yes (without a terminal, --yes is required for those). Running it again with the same file changes nothing. " +
    "Exit code 0 when nothing changed or all was applied, 1 with a report of what was and was not done when a step fails.",
  callsService: true,
  options: [
    ...MAPPINGS_FILE_OPTIONS,
    { name: "allow-replace", kind: "boolean", help: "Delete and re-create mappings whose create-only members (StartingPosition, ConsumerGroupId, ...) differ" },
    { name: "yes", kind: "boolean", help: "Do not ask before deleting or replacing (also -y)" },
  ],
  async run(context: CommandContext) {
    const { io, values } = context;
    const short = shortFlags(context, "apply", ["-y"]);
    const { apply, desired, prune } = await readPlanInputs(context, "apply", short.file);
    const client = await context.client();
    const allowReplace = values["allow-replace"] === true;
    const color = useColor(context);
    const readable = !machineOutput(context);

    const plan = await apply.planEventSourceMappings(client, desired, { prune }).catch(asUsageError(apply, "apply"));
    if (readable) io.stdout.write(apply.formatPlan(plan, { color }));
    if (!plan.hasChanges) return { data: apply.applyResultToJson({ plan, results: [], changed: false, message: "No changes." }), render: () => (readable ? "" : undefined) };
    if (plan.summary.replace > 0 && !allowReplace) {
      throw new UsageError("the plan replaces mappings (see the plan); pass --allow-replace to delete and re-create them", { command: "apply", plain: true });
    }
    if (apply.isDestructive(plan) && values.yes !== true && !short.yes) {
      if (!process.stdin.isTTY) throw new UsageError("the plan deletes or replaces mappings; pass --yes to confirm (no terminal to ask on)", { command: "apply", plain: true });
      if (!(await confirm(`Delete ${plan.summary.delete} and replace ${plan.summary.replace} mapping(s)? [y/N] `))) {
        io.stderr.write("lambda-esm apply: cancelled, nothing was changed\n");
        return { data: apply.applyResultToJson({ plan, results: [], changed: false, message: "Cancelled." }), render: () => (readable ? "" : undefined), exitCode: 1 };
      }
    }

    try {
      const result = await apply.applyEventSourceMappings(client, desired, { prune, allowReplace });
      return { data: apply.applyResultToJson(result), render: () => (readable ? `\n${apply.formatApplyResult(result, { color })}` : undefined) };
    } catch (error) {
      if (!(error instanceof apply.EventSourceMappingApplyError)) throw error;
      io.stderr.write(`\n${error.name}: ${error.message}\n`);
      const report = {
        error: { name: error.name, message: error.message, mapping: error.mapping, ...(error.member ? { member: error.member } : {}) },
        done: error.done,
        notDone: error.notDone.map((c) => ({ action: c.action, mapping: c.mapping })),
      };
      const text = [
        "",
        "Done before the failure:",
        ...(error.done.length ? error.done.map((d) => `  ${d.outcome} ${d.mapping}`) : ["  nothing"]),
        "Not done:",
        ...error.notDone.map((c) => `  ${c.action} ${c.mapping}`),
        "",
      ].join("\n");
      return { data: report, render: () => (readable ? text : undefined), exitCode: 1 };
    }
  },
};
