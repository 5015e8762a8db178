/**
 * Reads a response body of any shape a request handler may return (Buffer, Uint8Array, string,
 * Node stream or any async iterable, web `ReadableStream`, Blob) into a UTF-8 string.
 */
export async function collectBodyText(body: unknown): Promise<string> {
  if (body == null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (typeof (body as Blob).arrayBuffer === "function" && typeof (body as Blob).size === "number") {
    return Buffer.from(await (body as Blob).arrayBuffer()).toString("utf8");
  }
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  if (typeof (body as ReadableStream).getReader === "function") {
    return new Response(body as ReadableStream).text();
  }
  return String(body);
}
