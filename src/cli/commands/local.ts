import type { LocalLambdaOptions } from "../../local/options.js";
import { integerArg } from "../arg-values.js";
import type { CliCommand } from "../cli-command.js";
import { UsageError } from "../usage-error.js";

/** `lambda-esm local`: runs the local Lambda ESM service in the foreground until SIGINT or SIGTERM. */
export const localCommand: CliCommand = {
  name: "local",
  args: "[options]",
  positionals: { min: 0, max: 0 },
  description:
    "Run the local Lambda ESM service in the foreground and print its endpoint; Ctrl-C (SIGINT) or SIGTERM stops it cleanly. " +
    "It accepts requests signed with access key 'test' and secret 'test'; --region sets the region it signs for.",
  options: {
    port: { type: "string", value: "<n>", help: "Port to listen on (default 0: a free port)" },
    host: { type: "string", value: "<address>", help: "Interface to bind (default 127.0.0.1)" },
    "data-file": { type: "string", value: "<path>", help: "Persist mappings in this JSON file (default: in memory)" },
    "transition-delay": { type: "string", value: "<ms>", help: "How long Creating/Enabling/Updating/Disabling/Deleting last (default 0)" },
    auth: { type: "string", value: "<sigv4|off>", help: "off accepts unsigned requests (default sigv4)" },
    function: { type: "string", multiple: true, value: "<name|arn>", help: "A function that exists (repeatable; default: every function exists)" },
  },
  async run({ io, global, values }) {
    const options: LocalLambdaOptions = {};
    if (values.port !== undefined) options.port = integerArg(values.port as string, "port");
    if (values.host !== undefined) options.host = values.host as string;
    if (global.region !== undefined) options.region = global.region;
    if (values["data-file"] !== undefined) options.dataFile = values["data-file"] as string;
    if (values["transition-delay"] !== undefined) options.transitionDelayMs = integerArg(values["transition-delay"] as string, "transition-delay");
    if (values.auth !== undefined) {
      if (values.auth !== "sigv4" && values.auth !== "off") throw new UsageError(`--auth must be sigv4 or off, got '${values.auth}'`, "local");
      options.auth = values.auth;
    }
    if (values.function !== undefined) options.functions = values.function as string[];
    // Loaded here so that no other subcommand pays for the service's modules.
    const { startLocalLambda } = await import("../../local/index.js");
    const local = await startLocalLambda(options);
    const { endpoint, region, credentials } = local;
    io.stdout.write(global.output === "json" ? JSON.stringify({ endpoint, region, accessKeyId: credentials.accessKeyId }) + "\n" : `${endpoint}\n`);
    io.stderr.write(
      `lambda-esm local: listening on ${endpoint} (region ${region}, access key '${credentials.accessKeyId}'); Ctrl-C to stop\n` +
        `  export AWS_ENDPOINT_URL_LAMBDA=${endpoint}\n`,
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
    io.stderr.write(`lambda-esm local: ${signal} received, stopped\n`);
    return undefined;
  },
};
