import { readFileSync } from "node:fs";
import { format } from "node:util";
import type { Logger } from "@smithy/types";
import type { LambdaClient } from "../client/lambda-client.js";
import type { CliIo, GlobalOptions } from "./cli-command.js";
import { CliFailure } from "./report-error.js";

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
  // As botocore, an unreadable bundle fails the first https request (an http endpoint never needs it).
  let caBundleError: string | undefined;
  if (global.caBundle) {
    try {
      httpsAgent.ca = readFileSync(global.caBundle);
    } catch (error) {
      caBundleError = (error as NodeJS.ErrnoException).code === "ENOENT" ? "[Errno 2] No such file or directory" : `could not read ${global.caBundle}`;
    }
  }
  const seconds = (value: number | undefined): number | undefined => (value === 0 ? undefined : (value ?? 60) * 1000);
  const readTimeout = seconds(global.readTimeoutSeconds);
  const connectTimeout = seconds(global.connectTimeoutSeconds);
  // botocore's chain: the environment's keys come first, unless --profile names a profile (an explicit profile removes
  // the environment provider; AWS_PROFILE alone does not). The client's own chain, as the SDK's, skips the keys for
  // either, so the AWS_PROFILE case gets them here.
  const envKeys = Boolean(io.env.AWS_ACCESS_KEY_ID && io.env.AWS_SECRET_ACCESS_KEY);
  const envCredentials = global.profile === undefined && io.env.AWS_PROFILE && envKeys;
  const { fromEnvCredentials } = await import("../credentials/from-env.js");
  const client = new LambdaClient({
    ...(envCredentials ? { credentials: fromEnvCredentials(io.env) } : {}),
    logger: cliLogger(io),
    ...(global.region === undefined ? {} : { region: global.region }),
    ...(global.endpointUrl === undefined ? {} : { endpoint: global.endpointUrl }),
    ...(global.profile === undefined ? {} : { profile: global.profile }),
    validateInput: false,
    requestHandler: {
      // botocore's read timeout is the longest wait for the next bytes on the socket, not for the whole answer.
      ...(readTimeout === undefined ? {} : { socketTimeout: readTimeout }),
      ...(connectTimeout === undefined ? {} : { connectionTimeout: connectTimeout }),
      httpsAgent,
    },
  });
  /** The URL of the last attempt, for "Could not connect to the endpoint URL" as the AWS CLI words it. */
  let lastUrl = "";
  // Inside the retry loop: each attempt is logged and sent as is.
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { protocol: string; hostname: string; port?: number; path: string; method: string; headers: Record<string, string>; body?: unknown };
      lastUrl = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
      if (caBundleError !== undefined && request.protocol === "https:") throw new CliFailure(`SSL validation failed for ${lastUrl} ${caBundleError}`, 255);
      if (global.debug) {
        const headers = Object.entries(request.headers).map(([k, v]) => `${k}: ${SECRET_HEADERS.test(k) ? "<redacted>" : v}`);
        io.stderr.write(`DEBUG - Sending ${request.method} ${lastUrl}\n${headers.map((h) => `DEBUG -   ${h}\n`).join("")}`);
        if (typeof request.body === "string" && request.body) io.stderr.write(`DEBUG -   body: ${request.body}\n`);
      }
      const result = await next(args);
      if (global.debug) {
        const response = result.response as { statusCode: number; headers: Record<string, string>; body?: unknown };
        const body = response.body instanceof Uint8Array ? new TextDecoder().decode(response.body) : "";
        io.stderr.write(`DEBUG - Response ${response.statusCode}\n${Object.entries(response.headers).map(([k, v]) => `DEBUG -   ${k}: ${v}\n`).join("")}${body ? `DEBUG -   body: ${body}\n` : ""}`);
      }
      return result;
    },
    { step: "finalizeRequest", name: "cliRequestLogger", priority: "low" },
  );
  // Outside the retry loop: a socket failure is worded as the AWS CLI words it only once every attempt failed
  // (translated per attempt, it would no longer look transient to the retry strategy).
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw connectionFailure(error, lastUrl) ?? error;
      }
    },
    { step: "initialize", name: "cliConnectionFailure", priority: "high" },
  );
  return client;
}

/**
 * The client's warnings on stderr, as console.warn would print them, except the SDK's note that a profile wins over
 * the environment's keys: with --profile that is what the AWS CLI does without a word.
 */
function cliLogger(io: CliIo): Logger {
  const write = (...args: unknown[]): void => {
    const text = format(...args);
    if (!text.startsWith("Both a profile (")) io.stderr.write(`${text}\n`);
  };
  // error() gets the logger middleware's record of a failed call: the CLI reports that failure itself.
  return { debug: () => {}, info: () => {}, warn: write, error: () => {} };
}

/** Certificate checks that failed, worded as OpenSSL's verify error through Python's ssl module. */
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME/;

/** Socket-level failures as the AWS CLI reports them (exit 255), instead of Node's `connect ECONNREFUSED ...`. */
function connectionFailure(error: unknown, url: string): CliFailure | undefined {
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ECONNRESET") {
    return new CliFailure(`Could not connect to the endpoint URL: "${url}"`, 255);
  }
  // The request handler's connect timer, the same message as the SDK's NodeHttpHandler.
  if (name === "TimeoutError" && /without establishing a connection/.test(message ?? "")) return new CliFailure(`Connect timeout on endpoint URL: "${url}"`, 255);
  if (name === "TimeoutError") return new CliFailure(`Read timeout on endpoint URL: "${url}"`, 255);
  if (typeof code === "string" && CERTIFICATE_CODES.test(code)) {
    return new CliFailure(`SSL validation failed for ${url} [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${message}`, 255);
  }
  if (typeof code === "string" && /SSL|TLS/.test(code)) return new CliFailure(`SSL validation failed for ${url} ${message}`, 255);
  return undefined;
}
