import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";

/** How long a rejected connection may stay half-open while the rest of what the peer sent drains. */
const LINGER_MS = 5000;

/** Status, error code and message for a request Node's HTTP parser could not read. */
function describe(code: string | undefined): [number, string, string] {
  if (code === "HPE_HEADER_OVERFLOW") return [431, "RequestHeaderFieldsTooLargeException", "Request header fields too large"];
  if (code === "ERR_HTTP_REQUEST_TIMEOUT" || code === "HPE_HEADERS_TIMEOUT") return [408, "RequestTimeoutException", "The request was not received in time"];
  return [400, "BadRequestException", "The request is not valid HTTP/1.1"];
}

/**
 * The server's `clientError` handler: a request Node's HTTP parser rejects (bad request line,
 * invalid header, oversized headers, headers too slow) gets an answer in the service's error
 * shape — JSON `{"message"}`, `x-amzn-errortype`, `x-amzn-requestid` — instead of Node's bare
 * `400 Bad Request`, and the connection is closed. Nothing of the raw bytes is echoed back. A peer
 * that already went away (ECONNRESET) is just dropped.
 * @internal
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] = describe(error.code);
  const body = JSON.stringify({ message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `x-amzn-requestid: ${randomUUID()}\r\n` +
      `x-amzn-errortype: ${code}\r\n` +
      `date: ${new Date().toUTCString()}\r\n` +
      "content-type: application/json\r\n" +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      "connection: close\r\n\r\n" +
      body,
  );
  // Reading on (and discarding) lets the peer finish sending, so it reads the answer instead of a reset.
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
