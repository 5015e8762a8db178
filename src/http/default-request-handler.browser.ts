import type { LambdaRequestHandler } from "../client/client-config.js";
import { FetchHttpHandler, type FetchHttpHandlerOptions } from "./fetch-http-handler.js";

/** The request handler a client gets when it is given none (or only options): `fetch` where `node:http` is absent. */
export function createDefaultRequestHandler(options?: FetchHttpHandlerOptions): LambdaRequestHandler {
  return new FetchHttpHandler(options);
}
