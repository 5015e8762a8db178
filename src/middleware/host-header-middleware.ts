import type { AbsoluteLocation, BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";

/** Sets `host` to the hostname, plus `:port` when the endpoint names a port, unless already present. */
export const hostHeaderMiddleware = (): BuildMiddleware<object, object> => (next) => async (args) => {
  const request = args.request as { headers?: Record<string, string>; hostname?: string; port?: number };
  if (request?.headers && !request.headers.host && request.hostname) {
    request.headers.host = request.port ? `${request.hostname}:${request.port}` : request.hostname;
  }
  return next(args);
};

/** Step and name of {@link hostHeaderMiddleware}, the SDK's. */
export const hostHeaderMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "hostHeaderMiddleware",
  step: "build",
  priority: "low",
  tags: ["HOST"],
  override: true,
};

/** Adds {@link hostHeaderMiddleware} to a stack. */
export const getHostHeaderPlugin = (): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(hostHeaderMiddleware(), hostHeaderMiddlewareOptions),
});
