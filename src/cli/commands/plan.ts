import type { CliCommand, CliOption, CommandContext } from "../cli-command.js";
import { UsageError } from "../usage-error.js";

/** The flags `plan` and `apply` share. */
export const MAPPINGS_FILE_OPTIONS: readonly CliOption[] = [
  { name: "file", kind: "value", value: "<mappings.json|yaml>", help: "The desired mappings, also as -f (docs/apply.md; JSON Schema docs/mappings.schema.json)" },
  { name: "prune-function", kind: "list", value: "<name|arn> ...", help: "Delete these functions' mappings that the file does not list" },
];

/**
 * The short spellings `-f FILE` (and `-y` for apply), which the AWS CLI-style parser leaves as positionals: what
 * they set, and no other positional is allowed.
 */
export function shortFlags(context: CommandContext, command: string, allowed: readonly string[]): { file?: string; yes: boolean } {
  const words = [...context.positionals];
  // A list flag takes every word up to the next `--flag`, so `--prune-function f -y` hands `-y` to the list.
  const prune = context.values["prune-function"];
  if (Array.isArray(prune)) {
    const first = prune.findIndex((w) => w === "-f" || w === "-y");
    if (first !== -1) {
      words.unshift(...prune.slice(first));
      context.values["prune-function"] = prune.slice(0, first);
    }
  }
  const out: { file?: string; yes: boolean } = { yes: false };
  while (words.length > 0) {
    const word = words.shift()!;
    if (word === "-f" && words.length > 0) out.file = words.shift()!;
    else if (word === "-y" && allowed.includes("-y")) out.yes = true;
    else throw new UsageError(`Unknown options: ${[word, ...words].join(", ")}`, { command, unknownOptions: true });
  }
  return out;
}

type ApplyModule = typeof import("../../apply/cli-support.js");

/** A bad mappings file or desired list is a parameter error (exit 252, the message alone), as the AWS CLI reports bad parameters. */
export const asUsageError =
  (apply: ApplyModule, command: string) =>
  (error: unknown): never => {
    throw error instanceof apply.EventSourceMappingPlanError ? new UsageError(error.message, { command, plain: true }) : error;
  };

/** Reads the file named by `-f`/`--file` and the prune scopes; the apply module is loaded only by these commands. */
export async function readPlanInputs(context: CommandContext, command: string, file: string | undefined) {
  const path = (context.values.file as string | undefined) ?? file;
  if (path === undefined) throw new UsageError("the following arguments are required: -f/--file", { command });
  const apply = await import("../../apply/cli-support.js");
  const desired = await apply.readMappingsFile(path).catch(asUsageError(apply, command));
  const prune = ((context.values["prune-function"] as string[] | undefined) ?? []).map((f) => ({ function: f }));
  return { apply, desired, prune };
}

/** Readable text unless `--output json` (or yaml) was asked for explicitly: a plan is for people first. */
export const machineOutput = (context: CommandContext): boolean => context.values.output !== undefined && context.values.output !== "text" && context.values.output !== "table";

/** Colors for a terminal, unless NO_COLOR is set (https://no-color.org). */
export const useColor = (context: CommandContext): boolean => context.io.isTTY && !context.io.env.NO_COLOR;

/** `lambda-esm plan -f mappings.yaml`: what apply would do, as a readable diff or JSON; changes nothing. */
export const planCommand: CliCommand = {
  name: "plan",
  positionals: { usage: "-f <mappings file>", min: 0, max: 2 },
  description:
    "Show what 'apply' would change to make the account's mappings match the file: + create, ~ update (member old -> new), " +
    "-/+ replace (members that cannot change in place), - delete (only with --prune-function). Changes nothing. " +
    "Prints a readable diff (colored on a terminal) unless --output json. Exit code 0; with --detailed-exitcode 0 when " +
    "nothing would change and 2 when something would.",
  callsService: true,
  options: [
    ...MAPPINGS_FILE_OPTIONS,
    { name: "detailed-exitcode", kind: "boolean", help: "Exit 2 when the plan has changes, 0 when it has none (as terraform plan)" },
  ],
  async run(context) {
    const { file } = shortFlags(context, "plan", []);
    const { apply, desired, prune } = await readPlanInputs(context, "plan", file);
    const plan = await apply.planEventSourceMappings(await context.client(), desired, { prune }).catch(asUsageError(apply, "plan"));
    const text = machineOutput(context) ? undefined : apply.formatPlan(plan, { color: useColor(context) });
    return {
      data: apply.planToJson(plan),
      render: () => text,
      exitCode: context.values["detailed-exitcode"] === true && plan.hasChanges ? 2 : 0,
    };
  },
};
