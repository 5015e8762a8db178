import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it. */
export interface CapturedRequest {
  method: string;
  url: string;
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server answers; by default `200 {}`. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Destroy the socket instead of answering (a connection reset). */
  reset?: boolean;
  /**
   * Send the status, the headers (with the whole body's Content-Length) and only this many bytes of
   * the body, then reset the connection or close it cleanly (a FIN before the promised length).
   */
  cutBody?: { after: number; then: "reset" | "close" };
}

/** A loopback HTTP server that records every request and answers from a script (or a function). */
export interface CaptureServer {
  endpoint: string;
  requests: CapturedRequest[];
  respond(next: ScriptedResponse | ((req: CapturedRequest) => ScriptedResponse)): void;
  queue(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

/** Starts a {@link CaptureServer} on 127.0.0.1 with an ephemeral port. */
export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const queued: ScriptedResponse[] = [];
  let fallback: ScriptedResponse | ((req: CapturedRequest) => ScriptedResponse) = { status: 200, body: "{}" };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const captured: CapturedRequest = {
        method: req.method ?? "",
        url,
        path: q < 0 ? url : url.slice(0, q),
        query: q < 0 ? "" : url.slice(q + 1),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(captured);
      const next = queued.shift() ?? (typeof fallback === "function" ? fallback(captured) : fallback);
      if (next.reset) {
        req.socket.destroy();
        return;
      }
      if (next.cutBody) {
        const body = Buffer.from(next.body ?? "");
        const { after, then } = next.cutBody;
        res.writeHead(next.status ?? 200, { "content-type": "application/json", "content-length": String(body.length), ...next.headers });
        // Once the bytes are with the kernel they go out ahead of the RST or FIN; the pause lets the client read them first.
        res.write(body.subarray(0, after), () =>
          setTimeout(() => (then === "reset" ? res.socket?.resetAndDestroy() : res.socket?.end()), 20),
        );
        return;
      }
      res.writeHead(next.status ?? 200, { "content-type": "application/json", ...next.headers });
      res.end(next.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      fallback = next;
    },
    queue(...responses) {
      queued.push(...responses);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
