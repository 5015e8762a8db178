import type { LambdaClient } from "../client/lambda-client.js";

/** Where the CLI reads and writes: the process's streams and environment, or a test's. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (selects the default `--output`). */
  isTTY: boolean;
}

/** One flag of a subcommand, with what its help line says. */
export interface CliOption {
  type: "string" | "boolean";
  /** Whether the flag may be given several times. @default false */
  multiple?: boolean;
  /** One-letter alias. */
  short?: string;
  /** Placeholder shown in help for a string flag, e.g. `<uuid>`. */
  value?: string;
  /** One-line description. */
  help: string;
}

/** The global options after validation. */
export interface GlobalOptions {
  region?: string;
  endpoint?: string;
  profile?: string;
  output: "json" | "table";
  validate: boolean;
}

/** Parsed flag values of one invocation, as `node:util` `parseArgs` returns them. */
export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What a subcommand's `run` receives. */
export interface CommandContext {
  io: CliIo;
  global: GlobalOptions;
  values: FlagValues;
  positionals: string[];
  /** A client configured from the global options (loaded and created on first use, destroyed after the command). */
  client(): Promise<LambdaClient>;
}

/** What a subcommand produced: `data` is printed as JSON, or through `table` with `--output table`. */
export interface CommandResult {
  data: unknown;
  table?: (data: unknown) => string;
  /** @default 0 */
  exitCode?: number;
}

/** One subcommand: its help, its flags and what it does. */
export interface CliCommand {
  name: string;
  /** Positional arguments for the usage line, e.g. `<uuid>`. */
  args: string;
  /** Required and optional positional counts. */
  positionals: { min: number; max: number };
  description: string;
  options: Record<string, CliOption>;
  /** Runs the command; `undefined` prints nothing. */
  run(context: CommandContext): Promise<CommandResult | undefined>;
}
