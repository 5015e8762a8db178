import type { CliCommand, CliOption } from "./cli-command.js";
import type { CommandEntry } from "./command-registry.js";
import { GLOBAL_OPTIONS } from "./global-options.js";

/** Global options that matter only to commands calling the service. */
const SERVICE_ONLY = new Set(["debug", "endpoint-url", "no-verify-ssl", "no-paginate", "profile", "ca-bundle", "cli-read-timeout", "cli-connect-timeout", "query"]);

/** The help for `lambda-esm --help`. */
export function topLevelHelp(commands: readonly CommandEntry[]): string {
  const label = (c: CommandEntry): string => (c.aliases?.length ? `${c.name} (${c.aliases.join(", ")})` : c.name);
  const width = Math.max(...commands.map((c) => label(c).length));
  return [
    "Usage: lambda-esm <command> [parameters] [options]",
    "",
    "Manage AWS Lambda event source mappings with the AWS CLI's commands and flags, wait for states, check filters",
    "locally, or run a local service.",
    "",
    "Commands:",
    ...commands.map((c) => `  ${label(c).padEnd(width)}  ${c.summary}`),
    "",
    "Global options:",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "Run 'lambda-esm <command> --help' for a command's options.",
    "Exit codes (as the AWS CLI v2): 0 success, 252 usage error, 253 configuration or credentials, 254 service error, 255 other.",
    "",
  ].join("\n");
}

/** The global options that apply to `command` (the connection and output flags only where it calls the service). */
export function globalOptionsFor(command: CliCommand): CliOption[] {
  return GLOBAL_OPTIONS.filter((o) => command.callsService || !SERVICE_ONLY.has(o.name));
}

/** The help for `lambda-esm <command> --help`: only the options that apply to it. */
export function commandHelp(command: CliCommand): string {
  const global = globalOptionsFor(command);
  const names = [command.name, ...(command.aliases ?? [])].join(", ");
  const own = command.options.filter((o) => !o.hidden);
  return [
    `Usage: lambda-esm ${command.name}${command.positionals ? ` ${command.positionals.usage}` : ""}${own.length ? " [parameters]" : ""} [options]`,
    ...(command.aliases?.length ? [`Names: ${names}`] : []),
    "",
    command.description,
    ...(own.length ? ["", "Parameters:", ...optionLines(own)] : []),
    "",
    "Global options:",
    ...optionLines(global),
    "",
  ].join("\n");
}

/** How a flag is written in help: `--name <value>`, `--[no-]name` for a negatable boolean. */
export function flagUsage(o: CliOption): string {
  if (o.negatable) return `--${o.name} | --no-${o.name}`;
  return `--${o.name}${o.value ? ` ${o.value}` : ""}${o.kind === "list" ? " ..." : ""}`;
}

function optionLines(options: readonly CliOption[]): string[] {
  const visible = options.filter((o) => !o.hidden);
  const flags = visible.map(flagUsage);
  const width = Math.min(56, Math.max(...flags.map((f) => f.length)));
  return visible.map((o, i) => {
    const flag = flags[i]!;
    return flag.length > width ? `  ${flag}\n  ${"".padEnd(width)}  ${o.help}` : `  ${flag.padEnd(width)}  ${o.help}`;
  });
}
