import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fault server does with one request; `n` is the attempt number for this UUID (from 1). */
export type FaultBehaviour = (n: number, req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP server that answers GetEventSourceMapping for `/…/event-source-mappings/<key>` with the behaviour named by `<key>`. */
export interface FaultServer {
  readonly endpoint: string;
  /** Requests received for `key`. */
  attempts(key: string): number;
  close(): Promise<void>;
}

/** A valid GetEventSourceMapping answer. */
export function answerOk(res: ServerResponse, uuid: string): void {
  const body = JSON.stringify({ UUID: uuid, BatchSize: 10, State: "Enabled", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q", LastModified: 1767225600 });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-amzn-requestid": `req-${uuid}` });
  res.end(body);
}

/** A modeled error answer in Lambda's shape. */
export function answerError(res: ServerResponse, status: number, type: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ Type: status >= 500 ? "Service" : "User", message: `injected ${type}` });
  res.writeHead(status, { "content-type": "application/json", "x-amzn-errortype": type, "x-amzn-requestid": `req-${type}`, ...headers });
  res.end(body);
}

/** Starts the server; `behaviours` maps the key (the UUID's prefix up to the first "~") to what to do. */
export async function startFaultServer(behaviours: Record<string, FaultBehaviour>): Promise<FaultServer> {
  const counts = new Map<string, number>();
  const held = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const key = decodeURIComponent((req.url ?? "").split("?")[0]!.split("/").pop() ?? "");
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    held.add(res);
    res.on("close", () => held.delete(res));
    const behaviour = behaviours[key.split("~")[0]!];
    req.resume();
    if (!behaviour) return answerError(res, 404, "ResourceNotFoundException");
    req.on("end", () => behaviour(n, req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    attempts: (key) => counts.get(key) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on loopback that nothing listens on (bound once, then released). */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
