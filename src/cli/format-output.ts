import type { CliIo, CommandResult, GlobalOptions } from "./cli-command.js";

/** A command output as printed JSON: without the top-level `$metadata`, dates as ISO strings, two-space indent. */
export function toOutputJson(data: unknown): string {
  if (data && typeof data === "object" && !Array.isArray(data) && "$metadata" in data) {
    const { $metadata: _omitted, ...rest } = data as Record<string, unknown>;
    data = rest;
  }
  return JSON.stringify(data, null, 2) + "\n";
}

/** Writes a command's result to stdout in the chosen format. */
export function writeResult(io: CliIo, global: GlobalOptions, result: CommandResult): void {
  io.stdout.write(global.output === "table" && result.table ? result.table(result.data) : toOutputJson(result.data));
}
