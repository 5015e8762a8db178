import type { CliIo, CliOption, FlagValues, GlobalOptions } from "./cli-command.js";
import { UsageError } from "./usage-error.js";

/** Options every command accepts, anywhere on the command line: the AWS CLI's global options. */
export const GLOBAL_OPTIONS: readonly CliOption[] = [
  { name: "debug", kind: "boolean", help: "Print each request and response to stderr (credentials and signatures redacted)" },
  { name: "endpoint-url", kind: "value", value: "<url>", help: "Send requests to this URL instead of the regional endpoint" },
  { name: "no-verify-ssl", kind: "boolean", help: "Do not verify TLS certificates" },
  { name: "no-paginate", kind: "boolean", help: "Make one call only: print the first page of a list as the service returned it" },
  { name: "output", kind: "value", value: "<json|text|table|yaml>", help: "Output format (default: AWS_DEFAULT_OUTPUT, the profile's output, else json)", choices: ["json", "text", "table", "yaml", "yaml-stream"] },
  { name: "query", kind: "value", value: "<jmespath>", help: "A JMESPath query applied to the output" },
  { name: "profile", kind: "value", value: "<name>", help: "Use this profile of the shared config files, exactly as AWS_PROFILE=<name>" },
  { name: "region", kind: "value", value: "<region>", help: "Region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region)" },
  { name: "ca-bundle", kind: "value", value: "<path>", help: "CA certificates (PEM) to verify TLS with (default: AWS_CA_BUNDLE, the profile's ca_bundle)" },
  { name: "color", kind: "value", value: "<on|off|auto>", help: "Accepted for AWS CLI compatibility; output is never colored", choices: ["on", "off", "auto"] },
  { name: "no-cli-pager", kind: "boolean", help: "Accepted for AWS CLI compatibility; output is never paged" },
  { name: "cli-read-timeout", kind: "value", value: "<seconds>", help: "Socket read timeout (default 60; 0 waits forever)" },
  { name: "cli-connect-timeout", kind: "value", value: "<seconds>", help: "Socket connect timeout (default 60; 0 waits forever)" },
  { name: "endpoint", kind: "value", value: "<url>", help: "Old spelling of --endpoint-url", hidden: true },
  { name: "help", kind: "boolean", help: "Show help" },
  { name: "version", kind: "boolean", help: "Print the version" },
];

const OUTPUTS = ["json", "text", "table", "yaml", "yaml-stream"] as const;

function seconds(value: string, flag: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new UsageError(`argument --${flag}: invalid int value: '${value}'`);
  return n;
}

/**
 * The global options from flags, the environment and the selected profile, as the AWS CLI reads them:
 * `--region` > `AWS_REGION` > `AWS_DEFAULT_REGION` > profile `region`; `--output` > `AWS_DEFAULT_OUTPUT` > profile
 * `output` > json; `--ca-bundle` > `AWS_CA_BUNDLE` > profile `ca_bundle`. `profile` is the profile's settings.
 */
export function resolveGlobalOptions(values: FlagValues, io: CliIo, profile: Record<string, string | undefined>): GlobalOptions {
  const output = (values.output as string | undefined) ?? (io.env.AWS_DEFAULT_OUTPUT || profile.output || "json");
  if (!(OUTPUTS as readonly string[]).includes(output)) {
    throw new UsageError(`argument --output: Invalid choice, valid choices are:\n\njson                                     | text\ntable                                    | yaml\nyaml-stream`);
  }
  const endpointUrl = (values["endpoint-url"] ?? values.endpoint) as string | undefined;
  if (endpointUrl !== undefined && !/^https?:\/\/[^/]/.test(endpointUrl)) {
    throw new UsageError(`Bad value for --endpoint-url "${endpointUrl}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`, { plain: true });
  }
  const options: GlobalOptions = {
    output: output as GlobalOptions["output"],
    paginate: values["no-paginate"] !== true,
    verifySsl: values["no-verify-ssl"] !== true,
    debug: values.debug === true,
  };
  const region = (values.region as string | undefined) || io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION;
  if (region) options.region = region;
  if (endpointUrl !== undefined) options.endpointUrl = endpointUrl;
  if (values.profile !== undefined) options.profile = values.profile as string;
  if (values.query !== undefined) options.query = values.query as string;
  const caBundle = (values["ca-bundle"] as string | undefined) || io.env.AWS_CA_BUNDLE || profile.ca_bundle;
  if (caBundle) options.caBundle = caBundle;
  if (values["cli-read-timeout"] !== undefined) options.readTimeoutSeconds = seconds(values["cli-read-timeout"] as string, "cli-read-timeout");
  if (values["cli-connect-timeout"] !== undefined) options.connectTimeoutSeconds = seconds(values["cli-connect-timeout"] as string, "cli-connect-timeout");
  return options;
}
