import { Agent as HttpAgent, request as httpRequest, type AgentOptions, type IncomingMessage } from "node:http";
import type { Agent as HttpsAgent, AgentOptions as HttpsAgentOptions } from "node:https";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, RequestHandler, RequestHandlerMetadata, RequestHandlerOutput } from "@smithy/types";
import { buildQueryString } from "../protocol/encode-uri.js";
import { bodyCutOffError } from "./body-error.js";

/** Options of the default request handler. */
export interface NodeHttpHandlerOptions {
  /** Milliseconds to wait for the whole response before failing with `TimeoutError`. @default no limit */
  requestTimeout?: number;
  /** Milliseconds to wait for the TCP/TLS connection before failing with `TimeoutError`. @default no limit */
  connectionTimeout?: number;
  /** Milliseconds a socket may stay idle during a request before failing with `TimeoutError`. @default no limit */
  socketTimeout?: number;
  /** Agent (or options to build one) for `http:` endpoints. @default a keep-alive agent with 50 sockets */
  httpAgent?: HttpAgent | AgentOptions;
  /** Agent (or options to build one) for `https:` endpoints. @default a keep-alive agent with 50 sockets */
  httpsAgent?: HttpsAgent | HttpsAgentOptions;
}

/** `node:https` (and with it TLS) loads on the first https request: a client talking to a local http endpoint never needs it. */
let https: typeof import("node:https") | undefined;

/** Socket errors the SDK renames to `TimeoutError` so that they are retried as transient. */
const TIMEOUT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT"]);

/**
 * The default request handler: Node's `http`/`https` with keep-alive agents. It reads the whole
 * response body into a `Uint8Array` before resolving, so timeouts cover the body too and the
 * deserializer never deals with streams.
 */
export class NodeHttpHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  /** Metadata read by smithy tooling. */
  readonly metadata: RequestHandlerMetadata = { handlerProtocol: "http/1.1" };
  private readonly options: NodeHttpHandlerOptions;
  private httpAgent?: HttpAgent;
  private httpsAgent?: HttpsAgent;
  /** Ends each request in flight; `destroy()` calls them, so requests queued in an agent never go out. */
  private readonly pending = new Set<(error: Error) => void>();

  constructor(options: NodeHttpHandlerOptions = {}) {
    this.options = options;
  }

  /** Sends one request and resolves with the complete response. */
  handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<RequestHandlerOutput<HttpResponse>> {
    if (request.protocol === "https:" && !https) {
      return import("node:https").then((loaded) => {
        https = loaded;
        return this.handle(request, options);
      });
    }
    const { abortSignal, requestTimeout } = options;
    return new Promise((resolve, reject) => {
      if (abortSignal?.aborted) return reject(abortError());
      const isHttps = request.protocol === "https:";
      const query = request.query ? buildQueryString(request.query) : "";
      const hostname = request.hostname.startsWith("[") ? request.hostname.slice(1, -1) : request.hostname;
      const timers: NodeJS.Timeout[] = [];
      /** The response, once its headers arrived, and the body bytes received so far. */
      let response: IncomingMessage | undefined;
      const chunks: Buffer[] = [];
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        this.pending.delete(fail);
        timers.forEach(clearTimeout);
        req.destroy();
        reject(error);
      };
      const req = (isHttps ? https!.request : httpRequest)(
        {
          host: hostname,
          port: request.port,
          method: request.method,
          path: query ? `${request.path}?${query}` : request.path,
          headers: request.headers,
          agent: isHttps ? this.getHttpsAgent() : this.getHttpAgent(),
        },
        (res: IncomingMessage) => {
          response = res;
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", (error) => fail(bodyError(res, chunks, error)));
          res.on("end", () => {
            if (settled) return;
            settled = true;
            this.pending.delete(fail);
            timers.forEach(clearTimeout);
            resolve({
              response: new HttpResponse({
                statusCode: res.statusCode ?? -1,
                reason: res.statusMessage,
                headers: flattenHeaders(res.headers),
                body: bodyBytes(chunks),
              }),
            });
          });
        },
      );
      // Before the headers, a reset is renamed `TimeoutError` as the SDK does; after them it is a body error.
      req.on("error", (error) => fail(response ? bodyError(response, chunks, error) : renameTimeout(error)));
      this.pending.add(fail);
      const timeout = requestTimeout ?? this.options.requestTimeout;
      // The SDK's requestTimeout error carries code ETIMEDOUT (its connection and socket timeouts carry none).
      if (timeout) timers.push(setTimeout(() => fail(Object.assign(timeoutError(`Request did not complete within ${timeout} ms`), { code: "ETIMEDOUT" })), timeout));
      const { connectionTimeout, socketTimeout } = this.options;
      if (connectionTimeout) {
        const timer = setTimeout(() => fail(timeoutError(`Socket timed out without establishing a connection within ${connectionTimeout} ms`)), connectionTimeout);
        timers.push(timer);
        req.on("socket", (socket) => {
          if (!socket.connecting) return clearTimeout(timer);
          socket.once(isHttps ? "secureConnect" : "connect", () => clearTimeout(timer));
        });
      }
      if (socketTimeout) req.setTimeout(socketTimeout, () => fail(timeoutError(`Connection timed out after ${socketTimeout} ms of inactivity`)));
      const signal = abortSignal as AbortSignal | undefined;
      if (signal) {
        const onAbort = (): void => fail(abortError());
        signal.addEventListener("abort", onAbort, { once: true });
        req.once("close", () => signal.removeEventListener("abort", onAbort));
      }
      req.end(request.body ?? undefined);
    });
  }

  /**
   * Ends the requests in flight (they reject with an `AbortError`; requests still queued for a socket
   * never go out) and closes the keep-alive sockets; the handler can still be used afterwards (new
   * agents are created).
   */
  destroy(): void {
    for (const fail of [...this.pending]) fail(Object.assign(new Error("The request handler was destroyed"), { name: "AbortError" }));
    this.httpAgent?.destroy();
    this.httpsAgent?.destroy();
    this.httpAgent = undefined;
    this.httpsAgent = undefined;
  }

  /** The handler's own options, as the SDK exposes them. */
  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.options;
  }

  // Like the SDK: an Agent is used as given (and not destroyed by us); options build our own agent.
  private getHttpAgent(): HttpAgent {
    const given = this.options.httpAgent;
    if (given instanceof HttpAgent) return given;
    return (this.httpAgent ??= new HttpAgent({ keepAlive: true, maxSockets: 50, ...given }));
  }

  private getHttpsAgent(): HttpsAgent {
    const given = this.options.httpsAgent;
    if (given instanceof https!.Agent) return given;
    return (this.httpsAgent ??= new https!.Agent({ keepAlive: true, maxSockets: 50, ...given }));
  }
}

function flattenHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  // for…in rather than Object.entries: no array of pairs per response (Node's headers object has no prototype chain to walk).
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(",") : value;
  }
  return out;
}

/**
 * The body as one plain `Uint8Array` (the type every other handler returns), copying the bytes at most once: a
 * response that arrived in one chunk (most do) is viewed in place (its memory holds only what this response's socket
 * read), several are copied into one array of their own — not through `Buffer.concat`, whose small results share
 * Node's buffer pool with unrelated data.
 */
function bodyBytes(chunks: Buffer[]): Uint8Array {
  if (chunks.length === 1) {
    const only = chunks[0]!;
    return new Uint8Array(only.buffer, only.byteOffset, only.byteLength);
  }
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function renameTimeout(error: Error & { code?: string }): Error {
  if (error.code && TIMEOUT_CODES.has(error.code)) error.name = "TimeoutError";
  return error;
}

/** The body error for `res`, with what arrived (see {@link bodyCutOffError}). */
function bodyError(res: IncomingMessage, chunks: Buffer[], cause: Error & { code?: string }): Error {
  return bodyCutOffError(
    {
      statusCode: res.statusCode ?? -1,
      reason: res.statusMessage,
      headers: flattenHeaders(res.headers),
      received: bodyBytes(chunks),
      // Node reports a clean early close as "aborted" (ECONNRESET too); a real reset as "read ECONNRESET".
      reset: cause.code === "ECONNRESET" && cause.message !== "aborted",
    },
    cause,
  );
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: "TimeoutError" });
}

function abortError(): Error {
  return Object.assign(new Error("Request aborted"), { name: "AbortError" });
}
