import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";
import type { CapturedRequest } from "../../support/capture-server.js";
import { FETCH_ADDED_HEADERS } from "./http-handler.js";

/** The parts of a SigV4 `authorization` header. */
export interface ParsedAuthorization {
  algorithm: string;
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
}

/** Splits `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` into its parts. */
export function parseAuthorization(header: string | undefined): ParsedAuthorization {
  const match = /^(\S+) Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(header ?? "");
  if (!match) throw new Error(`not a SigV4 authorization header: ${header}`);
  const [, algorithm, accessKeyId, date, region, service, terminator, signedHeaders, signature] = match as unknown as string[];
  return { algorithm: algorithm!, accessKeyId: accessKeyId!, date: date!, region: region!, service: service!, terminator: terminator!, signedHeaders: signedHeaders!.split(";"), signature: signature! };
}

/** Parses a wire query string into the decoded map a signer takes (repeated keys become arrays). */
export function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!query) return out;
  for (const part of query.split("&")) {
    const eq = part.indexOf("=");
    const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
    const previous = out[key];
    out[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

/** `20240102T030405Z` → the Date it names. */
export function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not an x-amz-date: ${value}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

/**
 * Recomputes, server side, the SigV4 signature of a request as it arrived on the wire with an
 * independent signer (`@smithy/signature-v4` on a pure-JS SHA-256), from the same credentials,
 * region and `x-amz-date`. The payload hash is recomputed from the received body rather than taken
 * from the `x-amz-content-sha256` header, so a wrong hash header fails too.
 */
export async function expectedAuthorization(
  captured: CapturedRequest,
  credentials: AwsCredentialIdentity,
  region: string,
): Promise<{ authorization: string; contentSha256: string }> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(captured.headers)) {
    if (value === undefined || name === "authorization" || name === "x-amz-content-sha256" || FETCH_ADDED_HEADERS.includes(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const request = new HttpRequest({
    method: captured.method,
    protocol: "http:",
    hostname: "127.0.0.1",
    path: captured.path,
    query: parseQuery(captured.query),
    headers,
    body: captured.body === "" ? undefined : captured.body,
  });
  const signer = new SignatureV4({ credentials, region, service: "lambda", sha256: Sha256, uriEscapePath: true });
  const signed = await signer.sign(request, { signingDate: parseAmzDate(String(captured.headers["x-amz-date"])) });
  return { authorization: signed.headers.authorization!, contentSha256: signed.headers["x-amz-content-sha256"]! };
}
