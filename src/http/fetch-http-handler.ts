import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, RequestHandler, RequestHandlerMetadata, RequestHandlerOutput } from "@smithy/types";
import { buildQueryString } from "../protocol/encode-uri.js";
import { bodyCutOffError } from "./body-error.js";

/** Options of the fetch request handler, the same as `@smithy/fetch-http-handler`'s `FetchHttpHandlerOptions`. */
export interface FetchHttpHandlerOptions {
  /** Milliseconds to wait for the whole response (headers and body) before failing with `TimeoutError`. @default no limit */
  requestTimeout?: number;
  /** `fetch`'s `keepalive`: lets the request outlive the page that sent it (browsers cap such bodies at 64 KiB). @default false */
  keepalive?: boolean;
  /** `fetch`'s `credentials` mode (cookies and HTTP auth, not AWS credentials). @default the runtime's ("same-origin") */
  credentials?: "include" | "omit" | "same-origin";
  /** `fetch`'s `cache` mode. @default the runtime's ("default") */
  cache?: "default" | "force-cache" | "no-cache" | "no-store" | "only-if-cached" | "reload";
}

/**
 * Socket error codes (Node's fetch puts them on `error.cause`) renamed `TimeoutError` so they retry as transient, as the
 * Node handler does before the response's headers arrive (after them, see {@link bodyCutOffError}).
 */
const TIMEOUT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET"]);

/**
 * A request handler on the runtime's `fetch`: the default in browsers, Deno, edge workers and React Native, and usable on
 * Node (`new LambdaClient({ requestHandler: new FetchHttpHandler() })`). Like the Node handler it reads the whole
 * response body (once) into a `Uint8Array` before resolving, so `requestTimeout` covers the body, and it fails with the
 * same error names: `AbortError` when the caller's signal aborts, `TimeoutError` when `requestTimeout` passes or the
 * connection drops before the headers, `Error` code `ECONNRESET` ("aborted: …") when it drops mid-body; other network failures pass through as the runtime reports them (a `TypeError`).
 */
export class FetchHttpHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  /** Metadata read by smithy tooling. */
  readonly metadata: RequestHandlerMetadata = { handlerProtocol: "h2" };
  private readonly options: FetchHttpHandlerOptions;

  constructor(options: FetchHttpHandlerOptions = {}) {
    this.options = options;
  }

  /** Sends one request and resolves with the complete response. */
  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<RequestHandlerOutput<HttpResponse>> {
    const signal = options.abortSignal as AbortSignal | undefined;
    if (signal?.aborted) throw abortError();
    const timeout = options.requestTimeout ?? this.options.requestTimeout;
    const controller = new AbortController();
    // Which of the two reasons to stop came first decides the error's name.
    let stopped: Error | undefined;
    const stop = (error: Error): void => {
      if (stopped) return;
      stopped = error;
      controller.abort(error);
    };
    const onAbort = (): void => stop(abortError());
    signal?.addEventListener("abort", onAbort, { once: true });
    /** The error for a body that broke off, which is not renamed below. */
    let cutOff: Error | undefined;
    const timer = timeout ? setTimeout(() => stop(timeoutError(`Request did not complete within ${timeout} ms`)), timeout) : undefined;
    try {
      const method = request.method.toUpperCase();
      // `cache` is in the DOM typings, not in Node's: typed loosely so the file compiles against both.
      const init: RequestInit & { cache?: string } = {
        method,
        headers: request.headers,
        // GET and HEAD may not carry a body in fetch.
        body: method === "GET" || method === "HEAD" ? undefined : ((request.body ?? undefined) as RequestInit["body"]),
        signal: controller.signal,
      };
      if (this.options.keepalive !== undefined) init.keepalive = this.options.keepalive;
      if (this.options.credentials !== undefined) init.credentials = this.options.credentials;
      if (this.options.cache !== undefined) init.cache = this.options.cache;
      const response = await fetch(requestUrl(request), init);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      let body: Uint8Array;
      try {
        body = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        // After the headers, a failed body read (not our abort or timeout) is the connection breaking off.
        cutOff = stopped ?? bodyCutOffError({ statusCode: response.status, reason: response.statusText, headers }, error);
        throw cutOff;
      }
      return { response: new HttpResponse({ statusCode: response.status, reason: response.statusText, headers, body }) };
    } catch (error) {
      throw stopped ?? (error === cutOff ? error : renameTimeout(error as Error));
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /** Nothing to close: the runtime owns fetch's connections. */
  destroy(): void {}

  /** The handler's own options, as the SDK exposes them. */
  httpHandlerConfigs(): FetchHttpHandlerOptions {
    return this.options;
  }
}

function requestUrl(request: HttpRequest): string {
  const query = request.query ? buildQueryString(request.query) : "";
  const port = request.port ? `:${request.port}` : "";
  const auth = request.username || request.password ? `${request.username ?? ""}:${request.password ?? ""}@` : "";
  return `${request.protocol}//${auth}${request.hostname}${port}${request.path}${query ? `?${query}` : ""}`;
}

function renameTimeout(error: Error): Error {
  const code = (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
  if (code && TIMEOUT_CODES.has(code)) error.name = "TimeoutError";
  return error;
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: "TimeoutError" });
}

function abortError(): Error {
  return Object.assign(new Error("Request aborted"), { name: "AbortError" });
}
