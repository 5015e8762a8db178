import type { AbsoluteLocation, Endpoint, Pluggable, SerializeHandlerOptions, SerializeMiddleware } from "@smithy/types";
import { serializeRequest } from "../protocol/serialize-request.js";
import { urlToEndpoint } from "./endpoint-middleware.js";
import { contextOperation } from "./smithy-context.js";

/** Builds the restJson1 HTTP request from the command input and the resolved endpoint. */
export const serializerMiddleware = (): SerializeMiddleware<object, object> => (next, context) => async (args) => {
  const { endpointV2 } = context as { endpointV2?: { url: URL } };
  if (!endpointV2) throw new Error("lambda-event-source-mappings: the endpoint was not resolved before serialization");
  const endpoint: Endpoint = urlToEndpoint(endpointV2.url);
  const request = serializeRequest(contextOperation(context), args.input, endpoint);
  return next({ ...args, request });
};

/**
 * Step and name of {@link serializerMiddleware}, the SDK's. The SDK registers it on the client's stack, so
 * user middleware added to the client at the same step and default priority runs inside it (it
 * sees the serialized request); this library adds it per command, which would come after
 * the client's entries, so `priority: "high"` keeps the SDK's order.
 */
export const serializerMiddlewareOptions: SerializeHandlerOptions & AbsoluteLocation = {
  name: "serializerMiddleware",
  step: "serialize",
  priority: "high",
  tags: ["SERIALIZER"],
  override: true,
};

/** Adds {@link serializerMiddleware} to a stack; `priority: "normal"` replaces an SDK client's own serializer in place. */
export const getSerializerPlugin = (priority?: "normal"): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(serializerMiddleware(), priority ? { ...serializerMiddlewareOptions, priority } : serializerMiddlewareOptions),
});
