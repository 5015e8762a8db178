import type { LambdaClient } from "../client/lambda-client.js";
import { PACKAGE_VERSION } from "../client/version.js";
import type { CliCommand, CliIo, GlobalOptions } from "./cli-command.js";
import { COMMANDS, findCommand } from "./command-registry.js";
import { createCliClient } from "./create-cli-client.js";
import { reportError, type RetryLimits } from "./report-error.js";
import { GLOBAL_OPTIONS } from "./global-options.js";
import { commandHelp, topLevelHelp } from "./help-text.js";
import { nearest, parseArgs } from "./parse-command-line.js";
import { writeResult } from "./output/write-output.js";
import { UsageError } from "./usage-error.js";

/**
 * Runs one `lambda-esm` invocation: argv → input → `client.send()` → output. Returns the AWS CLI v2's exit codes:
 * 0 success, 252 usage or parameter error, 253 configuration or credentials, 254 the service answered with an
 * error, 255 anything else (connection failures, a wait that fails or times out).
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let client: LambdaClient | undefined;
  let operation: string | undefined;
  try {
    // The command is the first bare word; global flags (and their values) may come before it.
    const index = firstCommandIndex(argv);
    const name = index === -1 ? undefined : argv[index];
    const rest = index === -1 ? [...argv] : [...argv.slice(0, index), ...argv.slice(index + 1)];
    if (name === "help") {
      const topic = rest.find((a) => !a.startsWith("-"));
      const entry = topic === undefined ? undefined : findCommand(topic);
      if (topic !== undefined && !entry) throw unknownCommand(topic);
      io.stdout.write(entry ? commandHelp(await entry.load()) : topLevelHelp(COMMANDS));
      return 0;
    }
    const entry = name === undefined ? undefined : findCommand(name);
    if (name !== undefined && !entry) throw unknownCommand(name);
    const command = await entry?.load();
    const options = [...GLOBAL_OPTIONS, ...(command?.options ?? [])];
    const { values, positionals, unknown } = parseArgs(rest, options);
    if (values.version === true) {
      io.stdout.write(`lambda-esm/${PACKAGE_VERSION} node/${process.versions.node}\n`);
      return 0;
    }
    if (values.help === true) {
      io.stdout.write(command ? commandHelp(command) : topLevelHelp(COMMANDS));
      return 0;
    }
    if (!command) throw new UsageError("the following arguments are required: command");
    if (unknown.length) {
      const suggestion = nearest(unknown[0]!.replace(/=.*/, "").slice(2), options.filter((o) => !o.hidden).flatMap((o) => (o.negatable ? [o.name, `no-${o.name}`] : [o.name])));
      throw new UsageError(`Unknown options: ${unknown.join(", ")}`, { command: command.name, ...(suggestion ? { hint: `Did you mean --${suggestion}?` } : {}), unknownOptions: true });
    }
    checkPositionals(command, positionals);
    const { loadCliSettings } = await import("./cli-settings.js");
    const settings = await loadCliSettings(values, io);
    const global: GlobalOptions = settings.global;
    operation = command.callsService ? operationName(command) : undefined;
    const result = await command.run({
      io,
      global,
      values,
      positionals,
      client: async () => (client ??= await createCliClient(global, io)),
    });
    if (result) await writeResult(io, global, result);
    return result?.exitCode ?? 0;
  } catch (error) {
    return reportError(io, error, operation, client && (await retryLimits(client)));
  } finally {
    client?.destroy();
  }
}

/** The attempts and mode the client used (undefined if they cannot be read, e.g. a bad setting). */
async function retryLimits(client: LambdaClient): Promise<RetryLimits | undefined> {
  try {
    const { maxAttempts, retryMode } = client.config;
    return { maxAttempts: await maxAttempts(), retryMode: typeof retryMode === "string" ? retryMode : await retryMode() };
  } catch {
    return undefined;
  }
}

const GLOBAL_VALUE_FLAGS = new Set(GLOBAL_OPTIONS.filter((o) => o.kind !== "boolean").map((o) => `--${o.name}`));

function firstCommandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("-")) return i;
    if (GLOBAL_VALUE_FLAGS.has(arg)) i++;
  }
  return -1;
}

function unknownCommand(name: string): UsageError {
  const suggestion = nearest(name, COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]));
  return new UsageError(`argument command: Invalid choice, valid choices are:\n\n${COMMANDS.map((c) => c.name).join("\n")}`, {
    ...(suggestion ? { hint: `Invalid choice: '${name}', maybe you meant:\n\n  * ${suggestion}` } : {}),
  });
}

function checkPositionals(command: CliCommand, positionals: string[]): void {
  const { min = 0, max = 0, usage = "" } = command.positionals ?? {};
  if (positionals.length < min) throw new UsageError(`missing argument (usage: lambda-esm ${command.name} ${usage})`, { command: command.name });
  if (positionals.length > max) throw new UsageError(`Unknown options: ${positionals.slice(max).join(", ")}`, { command: command.name, unknownOptions: true });
}

/** The operation a service command calls, for the error line ("when calling the GetEventSourceMapping operation"). */
function operationName(command: CliCommand): string {
  return command.name
    .split("-")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}
