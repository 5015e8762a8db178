import { readFileSync } from "node:fs";
import type { LambdaClient } from "../client/lambda-client.js";
import type { CliIo, GlobalOptions } from "./cli-command.js";
import { CliFailure } from "./report-error.js";

/** The URL of the request in flight, for "Could not connect to the endpoint URL" as the AWS CLI words it. */
let lastUrl: string | undefined;

const SECRET_HEADERS = /^(authorization|x-amz-security-token|x-amz-content-sha256)$/i;

/**
 * A client configured as the AWS CLI configures botocore from the global options: region, endpoint, timeouts
 * (60 s each by default), TLS verification and CA bundle; the profile comes from the environment (`--profile`
 * has set `AWS_PROFILE`), so endpoint, region, credentials and retry settings resolve as with `AWS_PROFILE`.
 * Client-side model validation is off: the CLI checks parameters as botocore does and the service does the rest.
 */
export async function createCliClient(global: GlobalOptions, io: CliIo): Promise<LambdaClient> {
  const { LambdaClient } = await import("../client/lambda-client.js");
  const httpsAgent: Record<string, unknown> = { keepAlive: true };
  if (!global.verifySsl) httpsAgent.rejectUnauthorized = false;
  if (global.caBundle) {
    try {
      httpsAgent.ca = readFileSync(global.caBundle);
    } catch {
      throw new CliFailure(`Could not read the CA bundle ${global.caBundle}: No such file or directory`, 255);
    }
  }
  const seconds = (value: number | undefined): number | undefined => (value === 0 ? undefined : (value ?? 60) * 1000);
  const client = new LambdaClient({
    ...(global.region === undefined ? {} : { region: global.region }),
    ...(global.endpointUrl === undefined ? {} : { endpoint: global.endpointUrl }),
    ...(global.profile === undefined ? {} : { profile: global.profile }),
    validateInput: false,
    requestHandler: {
      ...(seconds(global.readTimeoutSeconds) === undefined ? {} : { requestTimeout: seconds(global.readTimeoutSeconds)! }),
      ...(seconds(global.connectTimeoutSeconds) === undefined ? {} : { connectionTimeout: seconds(global.connectTimeoutSeconds)! }),
      httpsAgent,
    },
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { protocol: string; hostname: string; port?: number; path: string; method: string; headers: Record<string, string>; body?: unknown };
      lastUrl = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
      if (global.debug) {
        const headers = Object.entries(request.headers).map(([k, v]) => `${k}: ${SECRET_HEADERS.test(k) ? "<redacted>" : v}`);
        io.stderr.write(`DEBUG - Sending ${request.method} ${lastUrl}\n${headers.map((h) => `DEBUG -   ${h}\n`).join("")}`);
        if (typeof request.body === "string" && request.body) io.stderr.write(`DEBUG -   body: ${request.body}\n`);
      }
      try {
        const result = await next(args);
        if (global.debug) {
          const response = result.response as { statusCode: number; headers: Record<string, string>; body?: unknown };
          const body = response.body instanceof Uint8Array ? new TextDecoder().decode(response.body) : "";
          io.stderr.write(`DEBUG - Response ${response.statusCode}\n${Object.entries(response.headers).map(([k, v]) => `DEBUG -   ${k}: ${v}\n`).join("")}${body ? `DEBUG -   body: ${body}\n` : ""}`);
        }
        return result;
      } catch (error) {
        throw connectionFailure(error) ?? error;
      }
    },
    { step: "finalizeRequest", name: "cliRequestLogger", priority: "low" },
  );
  return client;
}

/** Socket-level failures as the AWS CLI reports them (exit 255), instead of Node's `connect ECONNREFUSED ...`. */
function connectionFailure(error: unknown): CliFailure | undefined {
  const { code, name } = (error ?? {}) as { code?: string; name?: string };
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH" || code === "ECONNRESET") {
    return new CliFailure(`Could not connect to the endpoint URL: "${lastUrl}"`, 255);
  }
  if (name === "TimeoutError") return new CliFailure(`Read timeout on endpoint URL: "${lastUrl}"`, 255);
  if (typeof code === "string" && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) {
    return new CliFailure(`SSL validation failed for ${lastUrl} ${(error as Error).message}`, 255);
  }
  return undefined;
}
