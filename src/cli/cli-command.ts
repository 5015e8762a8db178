import type { LambdaClient } from "../client/lambda-client.js";

/** Where the CLI reads and writes: the process's streams and environment, or a test's. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The environment the CLI and its client read (the client reads `process.env`; `main.ts` passes the same object). */
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (progress lines, table width). */
  isTTY: boolean;
  /** Terminal width in columns, when stdout is a terminal. */
  columns?: number;
  /** Whether stderr is a terminal (`wait`'s live progress line, shown even when stdout is captured). @default false */
  stderrIsTTY?: boolean;
}

/** One flag of a command, with what its help line says. */
export interface CliOption {
  /** Flag name without the leading dashes, e.g. `function-name`. */
  name: string;
  /** `boolean`: no value; `value`: one word; `list`: every following word up to the next `--flag`. */
  kind: "boolean" | "value" | "list";
  /** Placeholder shown in help, e.g. `<uuid>`. */
  value?: string;
  /** One-line description. */
  help: string;
  /** Also accepted as `--no-<name>` (a boolean member: `--enabled`/`--no-enabled`). */
  negatable?: boolean;
  /** Must be given (listed in "the following arguments are required"). */
  required?: boolean;
  /** A `value` flag that may also stand alone (then its value is `true`), as `--generate-cli-skeleton`. */
  optionalValue?: boolean;
  /** The values it takes, when a fixed set (a model enum, `--output`): what shell completion offers. */
  choices?: readonly string[];
  /** Accepted but left out of help and completion (a pagination member the AWS CLI hides, an old spelling). */
  hidden?: boolean;
}

/** Parsed flag values: a word, a list of words, or a boolean. */
export type FlagValues = Record<string, string | string[] | boolean | undefined>;

/** The global options after resolution from flags, environment and profile. */
export interface GlobalOptions {
  region?: string;
  endpointUrl?: string;
  profile?: string;
  output: "json" | "text" | "table" | "yaml" | "yaml-stream";
  query?: string;
  paginate: boolean;
  readTimeoutSeconds?: number;
  connectTimeoutSeconds?: number;
  verifySsl: boolean;
  caBundle?: string;
  debug: boolean;
}

/** What a command's `run` receives. */
export interface CommandContext {
  io: CliIo;
  global: GlobalOptions;
  values: FlagValues;
  positionals: string[];
  /** A client configured from the global options (created on first use, destroyed after the command). */
  client(): Promise<LambdaClient>;
}

/** What a command produced: `data` is printed in the chosen `--output` format, unless `text` is given for it. */
export interface CommandResult {
  data: unknown;
  /** Pages of a paginated result, for `--output text`, which the AWS CLI prints page by page. */
  pages?: unknown[];
  /** A rendering of its own for `--output table`/`text` (commands beyond the AWS CLI). */
  render?: (data: unknown, format: GlobalOptions["output"]) => string | undefined;
  /** Title of `--output table` (the operation name, as the AWS CLI titles it). */
  title?: string;
  /** @default 0 */
  exitCode?: number;
}

/** One command: its names, help, flags and what it does. */
export interface CliCommand {
  name: string;
  /** Other names, e.g. `get` for `get-event-source-mapping`. */
  aliases?: readonly string[];
  /** Positional arguments for the usage line, e.g. `<enabled|disabled|deleted|stable>`; none when absent. */
  positionals?: { usage: string; min: number; max: number };
  description: string;
  options: readonly CliOption[];
  /** Whether the AWS CLI's pagination flags apply. */
  paginated?: boolean;
  /** Whether the command calls the service (the connection and output flags apply). */
  callsService?: boolean;
  /** Runs the command; `undefined` prints nothing. */
  run(context: CommandContext): Promise<CommandResult | undefined>;
}
