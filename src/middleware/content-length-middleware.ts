import type { BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";

/** Sets `content-length` from the body's byte length when there is a body and no such header yet. */
export const contentLengthMiddleware = (): BuildMiddleware<object, object> => (next) => async (args) => {
  const request = args.request as { headers?: Record<string, string>; body?: unknown };
  if (request?.headers && request.body != null) {
    const hasHeader = Object.keys(request.headers).some((k) => k.toLowerCase() === "content-length");
    if (!hasHeader) {
      const body = request.body;
      const length = typeof body === "string" ? new TextEncoder().encode(body).byteLength : body instanceof Uint8Array ? body.byteLength : undefined;
      if (length !== undefined) request.headers["content-length"] = String(length);
    }
  }
  return next(args);
};

/** Step and name of {@link contentLengthMiddleware}, the SDK's. */
export const contentLengthMiddlewareOptions: BuildHandlerOptions = {
  step: "build",
  tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
  name: "contentLengthMiddleware",
  override: true,
};

/** Adds {@link contentLengthMiddleware} to a stack. */
export const getContentLengthPlugin = (): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(contentLengthMiddleware(), contentLengthMiddlewareOptions),
});
