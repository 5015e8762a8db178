import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A loopback server that can hold requests unanswered and tracks its open sockets. */
export interface HeldServer {
  endpoint: string;
  /** Requests received so far. */
  received: number;
  /** Sockets currently open. */
  openSockets(): number;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a {@link HeldServer}; with `hold: true` it never answers (until closed), otherwise `200 {}`. */
export async function startHeldServer({ hold }: { hold: boolean }): Promise<HeldServer> {
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received++;
      for (const w of waiters.filter((w) => received >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      if (hold) held.push(res);
      else res.writeHead(200, { "content-type": "application/json" }).end('{"UUID":"u"}');
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get received() {
      return received;
    },
    openSockets: () => sockets.size,
    waitForRequests: (count) => (received >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: () =>
      new Promise((resolve) => {
        held.forEach((res) => res.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `condition` on the event loop until it holds (bounded: 10 s and more, for a busy machine), for socket state that settles asynchronously. */
export async function eventually(condition: () => boolean, tries = 2000): Promise<boolean> {
  for (let i = 0; i < tries && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return condition();
}
