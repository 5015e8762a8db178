/** Decoding without `stream` keeps no state between calls, so one decoder serves every response. */
const utf8 = new TextDecoder();

/**
 * Reads a response body of any shape a request handler may return (Buffer, Uint8Array, string,
 * Node stream or any async iterable, web `ReadableStream`, Blob) into a UTF-8 string.
 */
export async function collectBodyText(body: unknown): Promise<string> {
  if (body == null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return utf8.decode(body);
  if (typeof (body as Blob).arrayBuffer === "function" && typeof (body as Blob).size === "number") {
    return utf8.decode(await (body as Blob).arrayBuffer());
  }
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    // One streaming decoder, so a multi-byte character split across chunks decodes whole.
    const decoder = new TextDecoder();
    let text = "";
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    }
    return text + decoder.decode();
  }
  if (typeof (body as ReadableStream).getReader === "function") {
    return new Response(body as ReadableStream).text();
  }
  return String(body);
}
