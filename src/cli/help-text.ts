import type { CliCommand, CliOption } from "./cli-command.js";
import type { CommandEntry } from "./command-registry.js";
import { GLOBAL_OPTIONS } from "./global-options.js";

/** The help for `lambda-esm --help`. */
export function topLevelHelp(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: lambda-esm <command> [arguments] [options]",
    "",
    "Manage AWS Lambda event source mappings, check filters locally, or run a local service.",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Global options:",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "Run 'lambda-esm <command> --help' for a command's options.",
    "Exit codes: 0 success, 1 service or check failure, 2 usage error.",
    "",
  ].join("\n");
}

/** The help for `lambda-esm <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const own = Object.keys(command.options).length > 0 ? ["", "Options:", ...optionLines(command.options)] : [];
  return [`Usage: lambda-esm ${command.name} ${command.args}`, "", command.description, ...own, "", "Global options:", ...optionLines(GLOBAL_OPTIONS), ""].join(
    "\n",
  );
}

function optionLines(options: Record<string, CliOption>): string[] {
  const flags = Object.entries(options).map(([name, o]) => `${o.short ? `-${o.short}, ` : ""}--${name}${o.value ? ` ${o.value}` : ""}`);
  const width = Math.max(...flags.map((f) => f.length));
  return Object.values(options).map((o, i) => `  ${flags[i]!.padEnd(width)}  ${o.help}${o.multiple ? " (repeatable)" : ""}`);
}
