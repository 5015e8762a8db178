import { HttpResponse } from "@smithy/protocol-http";
import type { AbsoluteLocation, DeserializeHandlerOptions, DeserializeMiddleware, Pluggable } from "@smithy/types";
import { deserializeResponse } from "../protocol/deserialize-response.js";
import { contextOperation } from "./smithy-context.js";

const HINT = "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";

/**
 * Turns the HTTP response into the command output or a typed error. Like the SDK, every error
 * thrown here carries the raw response as a hidden `$response`, and an error that is not a service
 * error gets a hint and `$metadata` read from the response headers.
 */
export const deserializerMiddleware = (): DeserializeMiddleware<object, object> => (next, context) => async (args) => {
  let response: unknown;
  try {
    ({ response } = await next(args));
  } catch (caught) {
    // A response whose body stopped coming: the handler attaches what arrived, and the error gets the
    // hint and `$metadata` as if the body had failed here, as the SDK's (which reads the body here) does.
    const partial = (caught as { $response?: unknown } | null)?.$response;
    if (caught instanceof Error && HttpResponse.isInstance(partial)) throw decorate(caught, partial);
    throw caught;
  }
  try {
    const output = await deserializeResponse(contextOperation(context), response as HttpResponse);
    return { response, output };
  } catch (caught) {
    throw decorate(caught as Error, response);
  }
};

/** Attaches the raw response (hidden) and, to an error that is not a service error, the hint and `$metadata`. */
function decorate(error: Error & { $metadata?: unknown; $response?: unknown }, response: unknown): Error {
  // (A service exception's own `$response` field is declared but undefined until set here.)
  if (error.$response === undefined) {
    Object.defineProperty(error, "$response", { value: response, enumerable: false, writable: false, configurable: false });
  }
  if (!("$metadata" in error)) {
    error.message += `\n  ${HINT}`;
    if (HttpResponse.isInstance(response)) {
      const headers = Object.entries(response.headers ?? {});
      const find = (pattern: RegExp): string | undefined => headers.find(([k]) => pattern.test(k))?.[1];
      error.$metadata = {
        httpStatusCode: response.statusCode,
        requestId: find(/^x-[\w-]+-request-?id$/),
        extendedRequestId: find(/^x-[\w-]+-id-2$/),
        cfId: find(/^x-[\w-]+-cf-id$/),
      };
    }
  }
  return error;
}

/**
 * Step and name of {@link deserializerMiddleware}, the SDK's. The SDK registers it on the client's stack, so
 * user middleware added to the client at the same step and default priority runs inside it (it
 * sees the raw response); this library adds it per command, which would come after
 * the client's entries, so `priority: "high"` keeps the SDK's order.
 */
export const deserializerMiddlewareOptions: DeserializeHandlerOptions & AbsoluteLocation = {
  name: "deserializerMiddleware",
  step: "deserialize",
  priority: "high",
  tags: ["DESERIALIZER"],
  override: true,
};

/** Adds {@link deserializerMiddleware} to a stack; `priority: "normal"` replaces an SDK client's own deserializer in place. */
export const getDeserializerPlugin = (priority?: "normal"): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(deserializerMiddleware(), priority ? { ...deserializerMiddlewareOptions, priority } : deserializerMiddlewareOptions),
});
