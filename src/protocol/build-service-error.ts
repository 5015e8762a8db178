import { decorateServiceException } from "@smithy/smithy-client";
import type { HttpResponse } from "@smithy/protocol-http";
import type { ResponseMetadata } from "@smithy/types";
import { LambdaServiceException, modeledErrors } from "../models/errors.js";
import { shapeSchemas } from "../models/schema.js";
import { deserializeJson } from "./deserialize-json.js";
import { errorCode } from "./error-code.js";

/**
 * Turns an error response (status >= 300) whose body parsed as JSON into the exception the SDK
 * would throw: the modeled class for a known code, otherwise `LambdaServiceException` named by the
 * code. Own-property order, `message` fallbacks and copied body keys follow the SDK's
 * `AwsRestJsonProtocol.handleError` + `decorateServiceException` step by step, so errors compare equal.
 */
export function buildServiceError(response: HttpResponse, body: Record<string, unknown>, metadata: ResponseMetadata): LambdaServiceException {
  const code = errorCode(response.headers, body) ?? "Unknown";
  const statusFault = response.statusCode < 500 ? "client" : "server";
  const ErrorClass = modeledErrors[code];
  const schema = shapeSchemas[code];
  if (!ErrorClass || !schema?.members) {
    body.message = body.message ?? body.Message ?? "UnknownError";
    const error = Object.assign(new LambdaServiceException({ name: code, $fault: statusFault, $metadata: metadata }), {
      $metadata: metadata,
      $fault: statusFault,
    });
    return decorateServiceException(error, body);
  }
  const message = body.message ?? body.Message ?? "UnknownError";
  const members: Record<string, unknown> = {};
  for (const member of schema.members) {
    if (member.http === "header") {
      const value = headerValue(response.headers, member.httpName!);
      if (value !== undefined) body[member.name] = value;
    }
    members[member.name] = deserializeJson(member.target, body[member.name]) ?? undefined;
  }
  const error = new ErrorClass({} as never);
  Object.assign(error, { $metadata: metadata, $fault: statusFault }, { $fault: schema.error, message }, members);
  return decorateServiceException(error, body);
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : headers[key];
}
