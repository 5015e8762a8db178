import { HttpResponse } from "@smithy/protocol-http";

/** What arrived of a response whose body stopped coming. */
export interface CutOffResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  /** The body bytes received, when the handler knows them. */
  received?: Uint8Array;
  /** Whether the peer reset the connection (rather than closing it cleanly), when known. */
  reset?: boolean;
}

/**
 * The error for a response whose body stopped coming: the peer reset or closed the connection after the headers,
 * before the promised length. It is what the SDK throws then — name `Error`, code `ECONNRESET` (retried as
 * transient), a message starting with Node's "aborted" — with a message that says how much arrived, and a hidden
 * `$response` from which the deserializer fills `$metadata` (status, request id). It is not called a
 * `TimeoutError`: nothing timed out.
 * @internal
 */
export function bodyCutOffError(response: CutOffResponse, cause: unknown): Error {
  const expected = response.headers["content-length"];
  const how = response.reset ? "was reset" : "closed";
  const amount =
    response.received === undefined
      ? `before the whole response body arrived${expected ? ` (${expected} bytes)` : ""}`
      : `after ${response.received.length}${expected ? ` of ${expected}` : ""} bytes of the response body`;
  const error = Object.assign(new Error(`aborted: the connection ${how} ${amount} (HTTP ${response.statusCode})`, { cause }), { code: "ECONNRESET" });
  const partial = new HttpResponse({ statusCode: response.statusCode, reason: response.reason, headers: response.headers, body: response.received ?? new Uint8Array(0) });
  return Object.defineProperty(error, "$response", { value: partial, enumerable: false, writable: false, configurable: false });
}
