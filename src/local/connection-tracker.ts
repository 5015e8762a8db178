import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** How long `close()` lets a request that already arrived finish before its connection is cut. */
const CLOSE_GRACE_MS = 2000;

/**
 * Tracks the server's sockets and which of them carry a request being answered, so `close()` can
 * end idle and half-sent connections at once instead of waiting for the peer. A peer that opened a
 * connection and sent nothing, or only part of its headers, would otherwise keep `server.close()`
 * pending for as long as it likes.
 * @internal
 */
export class ConnectionTracker {
  private readonly sockets = new Set<Socket>();
  /** Sockets whose request has been parsed (handler running) and not yet answered. */
  private readonly busy = new Set<Socket>();
  private closing = false;

  constructor(server: Server) {
    server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.once("close", () => {
        this.sockets.delete(socket);
        this.busy.delete(socket);
      });
    });
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const socket = req.socket;
      this.busy.add(socket);
      const done = (): void => {
        this.busy.delete(socket);
        // Closing: the answer carried `Connection: close`; do not wait for the peer to hang up.
        if (this.closing) socket.destroySoon();
      };
      res.once("finish", done);
      res.once("close", done);
    });
  }

  /**
   * Ends every connection: idle and half-sent ones now, ones whose request is being handled once
   * it is answered or after a grace period. Resolves when every socket is closed.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    for (const socket of this.sockets) if (!this.busy.has(socket)) socket.destroy();
    const grace = setTimeout(() => this.sockets.forEach((s) => s.destroy()), CLOSE_GRACE_MS);
    grace.unref();
    try {
      await Promise.all([...this.sockets].map((s) => new Promise<void>((resolve) => (s.destroyed ? resolve() : s.once("close", () => resolve())))));
    } finally {
      clearTimeout(grace);
    }
  }
}
