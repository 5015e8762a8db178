import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { LocalServiceError } from "./errors.js";

/**
 * Writes a JSON answer with the headers the service always sends: `x-amzn-requestid`, `Date`
 * (clients correct clock skew from it) and `content-type: application/json`.
 * @internal
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "x-amzn-requestid": randomUUID(),
    date: new Date().toUTCString(),
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...(close ? { connection: "close" } : {}),
    ...headers,
  });
  res.end(text);
}

/** Writes a service error: status, `x-amzn-errortype` and the error's JSON body. @internal */
export function sendError(res: ServerResponse, error: LocalServiceError, close = false): void {
  sendJson(res, error.status, error.body, { "x-amzn-errortype": error.code, ...error.headers }, close);
}
