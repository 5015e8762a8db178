import { shapeSchemas } from "../models/schema.js";

/** An error response the local service sends: status, `x-amzn-errortype` code, JSON body and extra headers. @internal */
export class LocalServiceError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = code;
  }
}

/**
 * A modeled Lambda error, shaped from the generated model: the status is the shape's `httpError`,
 * the message goes in the member the model names (`message` or `Message`, as the service sends it)
 * and `Type` is `User` for client faults and `Service` for server faults.
 * @internal
 */
export function modeledError(code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): LocalServiceError {
  const schema = shapeSchemas[code];
  if (!schema?.httpError) throw new Error(`${code} is not a modeled error`);
  const messageMember = schema.members?.find((m) => m.name.toLowerCase() === "message")?.name ?? "message";
  const body = { Type: schema.error === "server" ? "Service" : "User", [messageMember]: message, ...extra };
  return new LocalServiceError(code, schema.httpError, message, body, headers);
}

/** An error raised by the service front door (auth, routing, body parsing), which sends a bare `{"message"}` body. @internal */
export function frontDoorError(code: string, status: number, message: string): LocalServiceError {
  return new LocalServiceError(code, status, message, { message });
}

/** 400 `InvalidParameterValueException` with Lambda's body shape. @internal */
export const invalidParameter = (message: string): LocalServiceError => modeledError("InvalidParameterValueException", message);

/** 404 `ResourceNotFoundException` as Lambda sends it for an unknown mapping. @internal */
export const mappingNotFound = (): LocalServiceError => modeledError("ResourceNotFoundException", "The resource you requested does not exist.");

/** 400 `InvalidRequestContentException`: a body that is not JSON or has members of the wrong type. @internal */
export const invalidContent = (detail: string): LocalServiceError =>
  new LocalServiceError("InvalidRequestContentException", 400, `Could not parse request body into json: ${detail}`, {
    Type: "User",
    message: `Could not parse request body into json: ${detail}`,
  });
