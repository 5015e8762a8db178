import { ServiceException } from "@smithy/smithy-client";
import type { HttpResponse } from "@smithy/protocol-http";
import { errorCode } from "../protocol/error-code.js";

/**
 * A restJson1 error answer of SSO, SSO-OIDC or sign-in as the SDK reports an unmodeled or modeled one: a
 * `ServiceException` named by the error code (`x-amzn-errortype`, else `__type` / `code` in the body), with the body's
 * `message` / `Message`, and the body's other keys copied on (the SDK's `decorateServiceException`).
 *
 * @example
 * restJsonError('{"message":"Session token not found or invalid"}', response).name; // "UnauthorizedException"
 */
export function restJsonError(text: string, response: HttpResponse): Error {
  let body: Record<string, unknown> = {};
  try {
    body = (JSON.parse(text) as Record<string, unknown>) ?? {};
  } catch {
    // Not JSON: the code comes from the header alone.
  }
  const code = errorCode(response.headers, body) ?? "UnknownError";
  const message = String(body.message ?? body.Message ?? "UnknownError");
  const error = new ServiceException({ name: code, $fault: response.statusCode < 500 ? "client" : "server", $metadata: {}, message });
  for (const [key, value] of Object.entries(body)) if (!(key in error) && key !== "message" && key !== "Message" && key !== "__type") Object.assign(error, { [key]: value });
  return error;
}
