import type { IncomingMessage } from "node:http";

/** A request body read under a size cap. @internal */
export interface BodyResult {
  body: Buffer;
  /** True when the body exceeded the cap; `body` is then empty. */
  tooLarge: boolean;
}

/** Past this many times the cap the connection is cut rather than drained. */
const DRAIN_FACTOR = 16;

/**
 * Reads a request body, keeping at most `maxBytes`. A larger body is drained (so the client can
 * read the 413 answer on the same connection) unless it is absurdly large, in which case the
 * connection is destroyed.
 * @internal
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > maxBytes * DRAIN_FACTOR) req.destroy();
    });
    req.on("end", () => resolve(size > maxBytes ? { body: Buffer.alloc(0), tooLarge: true } : { body: Buffer.concat(chunks, size), tooLarge: false }));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("request aborted"));
    });
  });
}
