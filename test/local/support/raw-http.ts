import { request } from "node:http";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { LocalLambda } from "../../../src/local/index.js";

/** A response as it came off the wire. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/** What to send; `path` is sent exactly as given (already encoded). */
export interface RawRequestSpec {
  method: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const encodeQuery = (query: Record<string, string> = {}): string =>
  Object.keys(query)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k]!)}`)
    .join("&");

/** Sends one HTTP request to the local service as is (no signing), on a fresh connection. */
export function sendRaw(local: LocalLambda, spec: RawRequestSpec): Promise<RawResponse> {
  const qs = encodeQuery(spec.query);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: local.port, method: spec.method, path: spec.path + (qs ? `?${qs}` : ""), headers: spec.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // left empty: the assertion on `text` will tell
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    req.end(spec.body);
  });
}

/** Signing choices for {@link sendSigned}. */
export interface SigningSpec {
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  service?: string;
  signingDate?: Date;
  /** Changes the request after signing, e.g. to tamper with the body. */
  afterSigning?: (signed: { path: string; query?: Record<string, string>; headers: Record<string, string>; body?: string | Buffer }) => void;
}

/** Signs a request with `@smithy/signature-v4` (as the SDK does) and sends it. */
export async function sendSigned(local: LocalLambda, spec: RawRequestSpec, signing: SigningSpec = {}): Promise<RawResponse> {
  const signer = new SignatureV4({
    credentials: signing.credentials ?? local.credentials,
    region: signing.region ?? local.region,
    service: signing.service ?? "lambda",
    sha256: Sha256,
  });
  const headers: Record<string, string> = { host: `127.0.0.1:${local.port}`, ...spec.headers };
  if (spec.body !== undefined) headers["content-length"] = String(Buffer.byteLength(spec.body));
  const signed = await signer.sign(
    new HttpRequest({ method: spec.method, hostname: "127.0.0.1", port: local.port, path: spec.path, query: spec.query, headers, body: spec.body }),
    { signingDate: signing.signingDate },
  );
  const out = { path: spec.path, query: spec.query, headers: signed.headers as Record<string, string>, body: spec.body };
  signing.afterSigning?.(out);
  return sendRaw(local, { method: spec.method, ...out });
}

/** The collection path of the ESM API. */
export const ESM_PATH = "/2015-03-31/event-source-mappings";
