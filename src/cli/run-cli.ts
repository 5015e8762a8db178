import type { LambdaClient } from "../client/lambda-client.js";
import { PACKAGE_VERSION } from "../client/version.js";
import type { CliIo, GlobalOptions } from "./cli-command.js";
import { COMMANDS } from "./command-registry.js";
import { writeResult } from "./format-output.js";
import { resolveGlobalOptions } from "./global-options.js";
import { commandHelp, topLevelHelp } from "./help-text.js";
import { parseCommandArgs, splitCommandLine } from "./parse-command-line.js";
import { UsageError } from "./usage-error.js";

/**
 * Runs one `lambda-esm` invocation: argv → input → `client.send()` → JSON or a table. Returns the exit code:
 * 0 on success, 1 for service errors and failed checks, 2 for usage errors.
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let client: LambdaClient | undefined;
  try {
    const split = splitCommandLine(argv);
    const helpFor = split.command === "help" ? split.rest.find((a) => !a.startsWith("-")) : undefined;
    const name = split.command === "help" ? helpFor : split.command;
    const entry = COMMANDS.find((c) => c.name === name);
    if (name !== undefined && !entry) {
      throw new UsageError(`unknown command '${name}'; commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
    }
    const command = await entry?.load();
    const { values, positionals } = parseCommandArgs(command, split.command === "help" ? ["--help"] : split.rest);
    if (values.version === true) {
      io.stdout.write(`${PACKAGE_VERSION}\n`);
      return 0;
    }
    if (values.help === true) {
      io.stdout.write(command ? commandHelp(command) : topLevelHelp(COMMANDS));
      return 0;
    }
    if (!command) {
      io.stderr.write(topLevelHelp(COMMANDS));
      return 2;
    }
    const global = resolveGlobalOptions(values, io);
    const result = await command.run({ io, global, values, positionals, client: async () => (client ??= await createClient(global)) });
    if (result) writeResult(io, global, result);
    return result?.exitCode ?? 0;
  } catch (error) {
    return reportError(io, error);
  } finally {
    client?.destroy();
  }
}

async function createClient(global: GlobalOptions): Promise<LambdaClient> {
  const { LambdaClient } = await import("../client/lambda-client.js");
  return new LambdaClient({
    ...(global.region === undefined ? {} : { region: global.region }),
    ...(global.endpoint === undefined ? {} : { endpoint: global.endpoint }),
    ...(global.profile === undefined ? {} : { profile: global.profile }),
    validateInput: global.validate,
  });
}

/** Prints `name: message` to stderr (plus a help hint for usage errors) and returns the exit code. */
function reportError(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    const help = error.command ? `lambda-esm ${error.command} --help` : "lambda-esm --help";
    io.stderr.write(`${error.name}: ${error.message}\nRun '${help}' for usage.\n`);
    return 2;
  }
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  io.stderr.write(`${typeof name === "string" && name ? name : "Error"}: ${typeof message === "string" ? message : String(error)}\n`);
  return 1;
}
