import { CredentialsProviderError } from "./credentials-provider-error.js";

/** A metadata service answer: any status, with the body as text. */
export interface MetadataResponse {
  statusCode: number;
  body: string;
}

/**
 * Sends one request to a metadata service (EC2 IMDS or a container credentials endpoint) with `node:http` or
 * `node:https` (loaded on first use) and returns the status and body. A connection failure or a timeout (`timeoutMs` for
 * the whole request) rejects with a {@link CredentialsProviderError} (the chain may go on), using the SDK's messages:
 * `Unable to connect to instance metadata service` and `TimeoutError from instance metadata service`; the original
 * error is the `cause` and its `code` is copied.
 *
 * @example
 * const { statusCode, body } = await metadataRequest(new URL("http://169.254.169.254/latest/api/token"), 1000, {}, "PUT");
 */
export async function metadataRequest(
  url: URL,
  timeoutMs: number,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<MetadataResponse> {
  const { request } = url.protocol === "https:" ? await import("node:https") : await import("node:http");
  return new Promise((resolve, reject) => {
    // agent: false, so no pooled keep-alive socket outlives the call and holds the process open.
    const req = request(url, { method, headers, agent: false });
    const timer = setTimeout(() => {
      reject(new CredentialsProviderError("TimeoutError from instance metadata service"));
      req.destroy();
    }, timeoutMs);
    const fail = (error: Error & { code?: string }) => {
      clearTimeout(timer);
      const detail = error.code ?? error.message;
      reject(
        Object.assign(
          new CredentialsProviderError(`Unable to connect to instance metadata service${detail ? ` (${detail})` : ""}`, { cause: error }),
          { code: error.code },
        ),
      );
    };
    req.on("error", fail).on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk)).on("error", fail);
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ statusCode: res.statusCode ?? 400, body: Buffer.concat(chunks).toString() });
      });
    });
    req.end();
  });
}
