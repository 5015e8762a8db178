import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { HttpHandlerOptions, RequestHandler, RequestHandlerOutput } from "@smithy/types";
import type { NodeHttpHandlerOptions } from "./node-http-handler.js";

export type { NodeHttpHandlerOptions } from "./node-http-handler.js";

/**
 * Stand-in for the `node:http` handler in the builds for runtimes without it, so both builds export the same names:
 * constructing it fails and says to use `FetchHttpHandler` (the default there) instead.
 */
export class NodeHttpHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  /** Metadata read by smithy tooling. */
  readonly metadata = { handlerProtocol: "http/1.1" };

  constructor(_options: NodeHttpHandlerOptions = {}) {
    throw new Error("NodeHttpHandler needs node:http, which this runtime lacks: use FetchHttpHandler (the default here) instead");
  }

  /** Never reached: the constructor throws. */
  handle(): Promise<RequestHandlerOutput<HttpResponse>> {
    return Promise.reject(new Error("NodeHttpHandler is not available in this runtime"));
  }

  /** Nothing to close. */
  destroy(): void {}

  /** Never reached: the constructor throws. */
  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return {};
  }
}
