import type { LambdaRequestHandler } from "../client/client-config.js";
import { NodeHttpHandler, type NodeHttpHandlerOptions } from "./node-http-handler.js";

/** The request handler a client gets when it is given none (or only options): `node:http` on Node. */
export function createDefaultRequestHandler(options?: NodeHttpHandlerOptions): LambdaRequestHandler {
  return new NodeHttpHandler(options);
}
