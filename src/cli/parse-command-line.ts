import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliCommand, CliOption, FlagValues } from "./cli-command.js";
import { GLOBAL_OPTIONS } from "./global-options.js";
import { UsageError } from "./usage-error.js";

/** The command line split into the subcommand name and everything else. */
export interface SplitCommandLine {
  command: string | undefined;
  rest: string[];
}

/**
 * Finds the subcommand: the first argument that is neither a global flag nor a global flag's value. Global flags
 * may come before or after it; a subcommand's own flags must come after it.
 */
export function splitCommandLine(argv: readonly string[]): SplitCommandLine {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (!arg.startsWith("-") || arg === "-") return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    const name = arg.startsWith("--") ? arg.slice(2).split("=")[0]! : shortName(arg);
    const option = GLOBAL_OPTIONS[name];
    if (!option) throw new UsageError(`Unknown option '${arg}' before the command; put a command's options after its name`);
    if (option.type === "string" && !arg.includes("=")) i++;
  }
  return { command: undefined, rest: [...argv] };
}

function shortName(arg: string): string {
  const entry = Object.entries(GLOBAL_OPTIONS).find(([, option]) => option.short === arg.slice(1));
  return entry ? entry[0] : arg;
}

/** Parses global flags plus `command`'s own flags and positionals, turning every mistake into a {@link UsageError}. */
export function parseCommandArgs(command: CliCommand | undefined, args: readonly string[]): { values: FlagValues; positionals: string[] } {
  const options = { ...GLOBAL_OPTIONS, ...command?.options };
  const name = command ? `lambda-esm ${command.name}` : "lambda-esm";
  let parsed: { values: FlagValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: toParseArgsOptions(options), allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError(describeParseError(error, name), command?.name);
  }
  if (parsed.values.help === true || parsed.values.version === true || !command) return parsed;
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min) {
    throw new UsageError(`${name}: missing argument${min - parsed.positionals.length > 1 ? "s" : ""} (usage: ${name} ${command.args})`, command.name);
  }
  if (parsed.positionals.length > max) {
    throw new UsageError(`${name}: unexpected argument '${parsed.positionals[max]}' (usage: ${name} ${command.args})`, command.name);
  }
  return parsed;
}

function toParseArgsOptions(options: Record<string, CliOption>): NonNullable<ParseArgsConfig["options"]> {
  const out: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [key, option] of Object.entries(options)) {
    out[key] = { type: option.type, ...(option.multiple ? { multiple: true } : {}), ...(option.short ? { short: option.short } : {}) };
  }
  return out;
}

/** parseArgs' messages explain the fix for positionals that start with `-`, which is rarely the problem here. */
function describeParseError(error: unknown, name: string): string {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `${name}: unknown option '${flag}'`;
  if (message.includes("argument missing")) return `${name}: option '${flag}' needs a value`;
  if (message.includes("ambiguous")) return `${name}: option '${flag}' needs a value (write ${flag}=-value for a value that starts with '-')`;
  if (message.includes("does not take an argument")) return `${name}: option '${flag}' does not take a value`;
  return `${name}: ${message.split("\n")[0]}`;
}
