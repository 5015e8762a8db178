import type { CliIo, CliOption, FlagValues, GlobalOptions } from "./cli-command.js";
import { UsageError } from "./usage-error.js";

/** Flags every subcommand accepts, anywhere on the command line. */
export const GLOBAL_OPTIONS: Record<string, CliOption> = {
  region: { type: "string", value: "<region>", help: "AWS region (default: AWS_REGION, then the profile's region)" },
  endpoint: { type: "string", value: "<url>", help: "Service endpoint URL, e.g. the local service's" },
  profile: { type: "string", value: "<name>", help: "Shared config/credentials profile (default: AWS_PROFILE, then default)" },
  output: { type: "string", value: "<json|table>", help: "Output format (default: table on a terminal, json otherwise)" },
  "no-validate": { type: "boolean", help: "Skip client-side validation of the input against the model" },
  help: { type: "boolean", short: "h", help: "Show help" },
  version: { type: "boolean", help: "Print the version" },
};

/** Checks the global flags and fills in defaults. */
export function resolveGlobalOptions(values: FlagValues, io: CliIo): GlobalOptions {
  const output = (values.output as string | undefined) ?? (io.isTTY ? "table" : "json");
  if (output !== "json" && output !== "table") throw new UsageError(`--output must be json or table, got '${output}'`);
  const endpoint = values.endpoint as string | undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]/.test(endpoint)) {
    throw new UsageError(`--endpoint must be an http(s) URL such as http://127.0.0.1:4566, got '${endpoint}'`);
  }
  const options: GlobalOptions = { output, validate: values["no-validate"] !== true };
  if (values.region !== undefined) options.region = values.region as string;
  if (endpoint !== undefined) options.endpoint = endpoint;
  if (values.profile !== undefined) options.profile = values.profile as string;
  return options;
}
