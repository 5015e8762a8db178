import type { HttpResponse } from "@smithy/protocol-http";
import type { MetadataBearer } from "@smithy/types";
import { LambdaServiceException } from "../models/errors.js";
import type { OperationSchema } from "../models/schema-types.js";
import { buildServiceError } from "./build-service-error.js";
import { collectBodyText } from "./collect-body.js";
import { deserializeJson } from "./deserialize-json.js";
import { errorCode } from "./error-code.js";
import { responseMetadata } from "./response-metadata.js";

/** How much of a non-JSON body an error message quotes. */
const EXCERPT_LENGTH = 200;

/**
 * Reads a restJson1 response: a 2xx becomes the operation's output (members in model order, then
 * `$metadata`); anything else is thrown as the service error. A body that is not JSON (an HTML
 * error page from a proxy, say) is thrown as a `LambdaServiceException` carrying the status and a
 * short excerpt — never a bare `SyntaxError` — and keeps `$metadata.httpStatusCode`, so retries still
 * classify it (a 502 page is retried).
 */
export async function deserializeResponse<T extends MetadataBearer>(operation: OperationSchema, response: HttpResponse): Promise<T> {
  const metadata = responseMetadata(response);
  const text = await collectBodyText(response.body);
  let parsed: unknown = {};
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw nonJsonError(response, text, metadata);
    }
  }
  const data = (parsed ?? {}) as Record<string, unknown>;
  if (response.statusCode >= 300) throw buildServiceError(response, { ...data }, metadata);
  let shaped: unknown;
  try {
    shaped = deserializeJson(operation.output, data);
  } catch (error) {
    throw malformedOutputError(operation, response, error, metadata);
  }
  const output = (typeof shaped === "object" && shaped !== null && !Array.isArray(shaped) ? shaped : {}) as Record<string, unknown>;
  output.$metadata = metadata;
  return output as T;
}

function nonJsonError(response: HttpResponse, text: string, metadata: MetadataBearer["$metadata"]): LambdaServiceException {
  // Only the header can name the error when the body is unreadable.
  const name = errorCode(response.headers, {}) ?? "Unknown";
  const excerpt = text.replace(/\s+/g, " ").trim().slice(0, EXCERPT_LENGTH);
  const contentType = response.headers["content-type"] ?? "no content-type";
  const error = new LambdaServiceException({
    name,
    $fault: response.statusCode >= 500 ? "server" : "client",
    $metadata: metadata,
    message: `Expected a JSON response body from Lambda but got HTTP ${response.statusCode} (${contentType}): ${excerpt}${text.length > EXCERPT_LENGTH ? "…" : ""}`,
  });
  return error;
}

/**
 * A 2xx body that is JSON but not the operation's output (a timestamp like `"abc"`): a
 * `LambdaServiceException` with the status and request id, naming the member, instead of the bare
 * `TypeError` the SDK lets through.
 */
function malformedOutputError(operation: OperationSchema, response: HttpResponse, cause: unknown, metadata: MetadataBearer["$metadata"]): LambdaServiceException {
  const path = (cause as { memberPath?: string } | null)?.memberPath;
  const reason = cause instanceof Error ? cause.message : String(cause);
  const error = new LambdaServiceException({
    name: errorCode(response.headers, {}) ?? "Unknown",
    // As for an unreadable body: the fault follows the status, so retries treat both alike.
    $fault: response.statusCode >= 500 ? "server" : "client",
    $metadata: metadata,
    message: `Lambda returned an unreadable ${operation.name} response (HTTP ${response.statusCode})${path ? ` at ${path}` : ""}: ${reason}`,
  });
  return Object.defineProperty(error, "cause", { value: cause, enumerable: false });
}
