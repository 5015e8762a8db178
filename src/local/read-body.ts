import type { IncomingMessage } from "node:http";

/** A request body read under a size cap. @internal */
export interface BodyResult {
  body: Buffer;
  /** True when the body exceeded the cap; `body` is then empty. */
  tooLarge: boolean;
  /** False when an oversized body was still arriving after the drain period; its connection must close. */
  drained: boolean;
}

/**
 * How long an oversized body is drained before the 413 is sent anyway. Draining (rather than
 * cutting the connection) is what lets a client that is still writing read the answer: a socket
 * closed with unread bytes sends a reset, which clients take for a network error and retry.
 */
const DRAIN_MS = 10_000;

/**
 * Reads a request body, keeping at most `maxBytes`. A larger body is read to its end and thrown
 * away (so the client gets its 413 on the same connection, whatever the size), for at most
 * {@link DRAIN_MS}; a body still arriving then is answered with its connection closed.
 * @internal
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: BodyResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (!over) {
        over = true;
        chunks.length = 0; // what was kept is no longer needed: only the size matters now
        timer = setTimeout(() => finish({ body: Buffer.alloc(0), tooLarge: true, drained: false }), DRAIN_MS);
      }
    });
    req.on("end", () =>
      finish(size > maxBytes ? { body: Buffer.alloc(0), tooLarge: true, drained: true } : { body: Buffer.concat(chunks, size), tooLarge: false, drained: true }),
    );
    req.on("error", reject);
    req.on("close", () => {
      clearTimeout(timer);
      if (!req.complete) reject(new Error("request aborted"));
    });
  });
}
