import type { CliIo } from "./cli-command.js";
import { UsageError } from "./usage-error.js";

/** The AWS CLI's usage banner, with this command's name. */
export const USAGE_BANNER =
  "usage: lambda-esm [options] <command> [parameters]\nTo see help text, you can run:\n\n  lambda-esm help\n  lambda-esm <command> help\n";

/** An error with the exit code and text the AWS CLI would print for it (configuration, connection, waiter). */
export class CliFailure extends Error {
  override readonly name = "CliFailure";
  constructor(
    message: string,
    readonly exitCode: 253 | 254 | 255,
  ) {
    super(message);
  }
}

/** The client's retry settings, which decide botocore's "(reached max retries: N)". */
export interface RetryLimits {
  maxAttempts: number;
  retryMode: string;
}

interface ServiceErrorLike {
  name?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { attempts?: number; httpStatusCode?: number };
}

/**
 * Prints an error as the AWS CLI v2 does and returns its exit code: 252 usage, 253 credentials/configuration, 254 an
 * error answer from the service (`An error occurred (Code) when calling the Op operation: message`), 255 the rest.
 * Never prints a stack or a JavaScript error name.
 */
export function reportError(io: CliIo, error: unknown, operation: string | undefined, retry?: RetryLimits): number {
  if (error instanceof UsageError) {
    if (error.plain) io.stderr.write(`\n${error.message}\n`);
    // argparse ends its error with a blank line.
    else io.stderr.write(`\n${USAGE_BANNER}\n${error.unknownOptions ? "" : "lambda-esm: error: "}${error.message}\n${error.hint ? `${error.hint}\n` : ""}\n`);
    return 252;
  }
  if (error instanceof CliFailure) {
    io.stderr.write(`\n${error.message}\n`);
    return error.exitCode;
  }
  const e = (error ?? {}) as ServiceErrorLike;
  const message = typeof e.message === "string" ? e.message : String(error);
  if (e.$metadata?.httpStatusCode !== undefined && typeof e.name === "string" && operation) {
    const attempts = e.$metadata.attempts ?? 1;
    // botocore adds "(reached max retries: N)" when the error came on the last attempt allowed. Its standard (and
    // adaptive) mode checks the attempt count before asking whether the error is retryable, so any error counts there,
    // even with a single attempt ("reached max retries: 0"); legacy mode marks only retryable errors (throttling, 5xx).
    const status = e.$metadata.httpStatusCode;
    const retryable = status === 429 || status >= 500 || /Throttl|TooManyRequests/.test(String(e.name));
    const last = retry ? attempts >= retry.maxAttempts && (retry.retryMode !== "legacy" || retryable) : retryable;
    const retries = last ? ` (reached max retries: ${attempts - 1})` : "";
    io.stderr.write(`\nAn error occurred (${e.name}) when calling the ${operation} operation${retries}: ${message || "Unknown"}\n`);
    return 254;
  }
  if (e.name === "CredentialsProviderError") {
    io.stderr.write(`\n${credentialsMessage(message)}\n`);
    return 253;
  }
  if (message.startsWith("Region is missing")) {
    io.stderr.write('\nYou must specify a region. You can also configure your region by running "aws configure".\n');
    return 253;
  }
  io.stderr.write(`\n${message}\n`);
  return 255;
}

/** The client's credential errors speak to programmers (which provider to pass); a shell user needs a command. */
function credentialsMessage(message: string): string {
  const profile = /^Profile "([^"]*)"/.exec(message)?.[1];
  if (profile !== undefined && message.includes("(SSO)")) {
    return (
      `Profile "${profile}" signs in with IAM Identity Center (SSO), which lambda-esm does not do itself. Sign in and export the session:\n` +
      `  aws sso login --profile ${profile}\n  eval "$(aws configure export-credentials --profile ${profile} --format env)"`
    );
  }
  if (profile !== undefined && message.includes("Pass credentials")) {
    return (
      `${message.split(". ")[0]}; lambda-esm cannot obtain these credentials itself. Export them first:\n` +
      `  eval "$(aws configure export-credentials --profile ${profile} --format env)"`
    );
  }
  if (message.startsWith("Could not load credentials from any providers")) {
    return 'Unable to locate credentials. You can configure credentials by running "aws configure".';
  }
  return message;
}
