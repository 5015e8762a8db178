import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { operationSchemas } from "../models/operations.js";
import { frontDoorError } from "./errors.js";

/**
 * Origins a page may call the service from when `allowedOrigins` is not given: pages served from this machine's
 * loopback names, on any port, over http or https. @internal
 */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  "http://localhost:*",
  "http://127.0.0.1:*",
  "http://[::1]:*",
  "https://localhost:*",
  "https://127.0.0.1:*",
  "https://[::1]:*",
];

/**
 * Request headers a browser may send: what SigV4 signs (`authorization`, `x-amz-date`, `x-amz-security-token`,
 * `x-amz-content-sha256`) and what this library and the SDK add (`x-amz-user-agent`, `user-agent` where the runtime
 * lets a page set it, `amz-sdk-invocation-id`, `amz-sdk-request`, `content-type`, `x-amzn-trace-id`). `host` and
 * `content-length` are set by the browser itself and never asked for.
 */
const ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
  "x-amz-user-agent",
  "user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "x-amzn-trace-id",
].join(", ");

/**
 * Response headers a page's client must be able to read beyond the CORS-safelisted ones: the request id and error
 * type (`$metadata.requestId`, the error's name), `Date` (clock-skew correction), `Retry-After` (throttling) and the
 * other ids the SDK puts in `$metadata`.
 */
const EXPOSED_HEADERS = ["x-amzn-requestid", "x-amzn-errortype", "x-amz-apigw-id", "x-amzn-trace-id", "x-amz-request-id", "x-amz-id-2", "x-amz-cf-id", "date", "retry-after"].join(", ");

/** The methods the operations use, from the generated table (GET, POST, PUT, DELETE). */
const ALLOWED_METHODS = [...new Set(Object.values(operationSchemas).map((operation) => operation.method))].join(", ");

/** Browsers cache a preflight at most this long (Chromium caps it at 2 hours); short enough to pick up a restart with other options. */
const PREFLIGHT_MAX_AGE_SECONDS = "600";

/** One entry of `allowedOrigins`, compiled: `*` for every origin, or scheme + host with an exact port or any port. @internal */
export type OriginPattern = { any: true } | { any: false; prefix: string; port: string | "*" };

/**
 * Checks and compiles `allowedOrigins` entries: `"*"`, `"null"` (pages from `file:` URLs and sandboxed frames), or an
 * origin `scheme://host[:port]` whose port may be `*` (any port, or none). Throws naming the bad entry. @internal
 */
export function compileOriginPatterns(origins: readonly string[]): OriginPattern[] {
  return origins.map((entry) => {
    if (entry === "*") return { any: true };
    if (entry === "null") return { any: false, prefix: "null", port: "" };
    const match = /^(https?:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+))(?::(\d{1,5}|\*))?$/i.exec(entry);
    if (!match) {
      throw new Error(
        `startLocalLambda: allowedOrigins entry ${JSON.stringify(entry)} is not an origin: expected "*", "null" or scheme://host[:port] ` +
          `with http or https, no path, and * as the port for any port (e.g. "http://localhost:*")`,
      );
    }
    return { any: false, prefix: match[1]!.toLowerCase(), port: match[2] ?? "" };
  });
}

/** Splits an `Origin` header value into scheme+host and port (`""` when it has none). */
function splitOrigin(origin: string): { prefix: string; port: string } {
  const match = /^(.*?)(?::(\d+))?$/.exec(origin.toLowerCase())!;
  return { prefix: match[1]!, port: match[2] ?? "" };
}

const originAllowed = (origin: string, patterns: readonly OriginPattern[]): boolean => {
  const { prefix, port } = splitOrigin(origin);
  return patterns.some((p) => p.any || (p.prefix === prefix && (p.port === "*" || p.port === port)));
};

/**
 * Applies CORS to one request before it is routed. A request without `Origin` (every non-browser client) is left
 * alone. A request from an origin not allowed is refused with 403 `InvalidOriginException`, preflight or not: a page
 * can send a "simple" cross-origin POST without a preflight, and with `auth: "off"` (or the public default key
 * pair) nothing else would keep another site from changing mappings. From an allowed origin, the answer — success
 * or error — carries `Access-Control-Allow-Origin` and the exposed headers, and a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) is answered here with 204 and returns `true`.
 * @internal
 */
export function applyCors(headers: IncomingHttpHeaders, method: string, res: ServerResponse, patterns: readonly OriginPattern[]): boolean {
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (!originAllowed(origin, patterns)) {
    throw frontDoorError(
      "InvalidOriginException",
      403,
      `The Origin ${JSON.stringify(origin)} is not allowed to call this local service: by default only pages served from localhost, ` +
        "127.0.0.1 or [::1] may. List the origin in the allowedOrigins option (lambda-esm serve --allowed-origin).",
    );
  }
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("access-control-allow-credentials", "true");
  res.setHeader("vary", "Origin");
  if (method !== "OPTIONS" || headers["access-control-request-method"] === undefined) {
    res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
    return false;
  }
  res.setHeader("access-control-allow-methods", ALLOWED_METHODS);
  res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
  res.setHeader("access-control-max-age", PREFLIGHT_MAX_AGE_SECONDS);
  // Chromium's Private Network Access asks this before a page from a less private address reaches loopback.
  if (headers["access-control-request-private-network"] === "true") res.setHeader("access-control-allow-private-network", "true");
  res.writeHead(204, { "content-length": "0", date: new Date().toUTCString() });
  res.end();
  return true;
}
