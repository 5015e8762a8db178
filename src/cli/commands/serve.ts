import type { LocalLambdaOptions } from "../../local/options.js";
import type { CliCommand } from "../cli-command.js";
import { paramError } from "../param-values.js";

const int = (value: unknown, flag: string): number => {
  if (typeof value !== "string" || !/^\d+$/.test(value)) throw paramError(`--${flag}`, `expected a non-negative integer, got '${String(value)}'`);
  return Number(value);
};

/** `lambda-esm serve` (alias `local`): runs the local Lambda ESM service in the foreground until SIGINT or SIGTERM. */
export const serveCommand: CliCommand = {
  name: "serve",
  aliases: ["local"],
  description:
    "Run the local Lambda ESM service in the foreground; prints the endpoint on stdout and, on stderr, the exports a shell " +
    "needs to point the AWS CLI or lambda-esm at it. Ctrl-C (SIGINT) or SIGTERM stops it cleanly.",
  options: [
    { name: "port", kind: "value", value: "<n>", help: "Port to listen on (default 0: a free port)" },
    { name: "host", kind: "value", value: "<address>", help: "Interface to bind (default 127.0.0.1)" },
    { name: "data-file", kind: "value", value: "<path>", help: "Persist mappings in this JSON file (default: in memory)" },
    { name: "transition-delay", kind: "value", value: "<ms>", help: "How long Creating/Enabling/Updating/Disabling/Deleting last (default 0)" },
    { name: "auth", kind: "value", value: "<sigv4|off>", help: "off accepts unsigned requests (default sigv4)", choices: ["sigv4", "off"] },
    { name: "function", kind: "list", value: "<name|arn>", help: "Functions that exist (default: every function exists)" },
    {
      name: "allowed-origin",
      kind: "list",
      value: "<origin>",
      help: "Origins whose web pages may call the service (CORS), e.g. https://app.example:8443, http://host:* for any port, * for all (default: localhost, 127.0.0.1 and [::1] on any port)",
    },
  ],
  async run({ io, global, values }) {
    const options: LocalLambdaOptions = {};
    if (values.port !== undefined) options.port = int(values.port, "port");
    if (typeof values.host === "string") options.host = values.host;
    if (global.region !== undefined) options.region = global.region;
    if (typeof values["data-file"] === "string") options.dataFile = values["data-file"];
    if (values["transition-delay"] !== undefined) options.transitionDelayMs = int(values["transition-delay"], "transition-delay");
    if (values.auth !== undefined) {
      if (values.auth !== "sigv4" && values.auth !== "off") throw paramError("--auth", `must be sigv4 or off, got '${String(values.auth)}'`);
      options.auth = values.auth;
    }
    if (Array.isArray(values.function)) options.functions = values.function;
    if (Array.isArray(values["allowed-origin"])) options.allowedOrigins = values["allowed-origin"];
    // Loaded here so that no other command pays for the service's modules.
    const { startLocalLambda } = await import("../../local/index.js");
    if (options.allowedOrigins) {
      const { compileOriginPatterns } = await import("../../local/cors.js");
      try {
        compileOriginPatterns(options.allowedOrigins);
      } catch (error) {
        // A usage error naming the flag (exit 252), as for the other flags, rather than the library's option name.
        throw paramError("--allowed-origin", (error as Error).message.replace(/^startLocalLambda: allowedOrigins entry /, ""));
      }
    }
    const local = await startLocalLambda(options);
    const { endpoint, region, credentials } = local;
    io.stdout.write(global.output === "json" && values.output !== undefined ? `${JSON.stringify({ endpoint, region, accessKeyId: credentials.accessKeyId })}\n` : `${endpoint}\n`);
    io.stderr.write(
      `lambda-esm serve: listening on ${endpoint} (region ${region}); Ctrl-C to stop. In another shell:\n` +
        `  export AWS_ENDPOINT_URL_LAMBDA=${endpoint} AWS_ACCESS_KEY_ID=${credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${credentials.secretAccessKey} AWS_REGION=${region}\n` +
        // Debian's and other older AWS CLI v2 builds read no endpoint from the environment; the flag works in all.
        `  AWS CLI before 2.13 ignores AWS_ENDPOINT_URL_LAMBDA: there, add --endpoint-url "$AWS_ENDPOINT_URL_LAMBDA"\n`,
    );
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const stop = (received: NodeJS.Signals): void => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve(received);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await local.close();
    io.stderr.write(`lambda-esm serve: ${signal} received, stopped\n`);
    return undefined;
  },
};
