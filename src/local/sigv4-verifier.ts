import { createHash, timingSafeEqual } from "node:crypto";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { frontDoorError } from "./errors.js";
import { NodeSha256 } from "../crypto/node-sha256.js";
import type { LocalCredential } from "./options.js";
import { parseAuthorization } from "./parse-authorization.js";
import { header, type RawRequest } from "./raw-request.js";
import { checkSigningTime, parseAmzDate } from "./sigv4-time.js";

const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
// Lambda's 403 for an unknown key or token, as users quote it (e.g. iann0036/iamlive#58: Lambda DeleteFunction, 403
// UnrecognizedClientException; aws/chalice#152: Lambda GetFunction).
const UNRECOGNIZED = "The security token included in the request is invalid.";
const SERVICE = "lambda";

/** Checks one request's SigV4 signature; throws the service's 403 error when it does not verify. @internal */
export type SigV4Verifier = (request: RawRequest) => Promise<void>;

/**
 * Builds a verifier that rebuilds the canonical request from what arrived (method, raw path,
 * query, the SignedHeaders list and the body), signs it with `@smithy/signature-v4` at the
 * request's own `x-amz-date`, and compares signatures in constant time.
 * @internal
 */
export function createSigV4Verifier(region: string, credentials: readonly LocalCredential[], now: () => number = Date.now): SigV4Verifier {
  const byKey = new Map(credentials.map((c) => [c.accessKeyId, c]));
  const signers = new Map<string, SignatureV4>();
  const signerFor = (c: LocalCredential, sessionToken: string | undefined, scopeRegion: string): SignatureV4 => {
    const key = `${c.accessKeyId}\n${sessionToken ?? ""}\n${scopeRegion}`;
    let signer = signers.get(key);
    if (!signer) {
      const identity = { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken };
      signer = new SignatureV4({ credentials: identity, region: scopeRegion, service: SERVICE, sha256: NodeSha256, uriEscapePath: true, applyChecksum: false });
      if (signers.size > 64) signers.clear();
      signers.set(key, signer);
    }
    return signer;
  };

  return async (request) => {
    const authorization = header(request.headers, "authorization");
    if (!authorization) throw frontDoorError("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
    const auth = parseAuthorization(authorization);
    const credential = byKey.get(auth.accessKeyId);
    const sessionToken = header(request.headers, "x-amz-security-token");
    // A key with a session token is only valid with that token, and a key without one with none: AWS answers a
    // bogus `X-Amz-Security-Token` on a long-term key with this same 403 (issue 8, measured against the service).
    if (!credential || credential.sessionToken !== sessionToken) {
      throw frontDoorError("UnrecognizedClientException", 403, UNRECOGNIZED);
    }
    const rawDate = header(request.headers, "x-amz-date");
    const signedAt = rawDate === undefined ? undefined : parseAmzDate(rawDate);
    if (rawDate === undefined || signedAt === undefined) {
      throw frontDoorError(
        "IncompleteSignatureException",
        403,
        `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
      );
    }
    if (auth.scopeRegion !== region) throw frontDoorError("InvalidSignatureException", 403, `Credential should be scoped to a valid region, not '${auth.scopeRegion}'. `);
    if (auth.scopeService !== SERVICE) throw frontDoorError("InvalidSignatureException", 403, `Credential should be scoped to correct service: '${SERVICE}'. `);
    if (auth.scopeDate !== rawDate.slice(0, 8)) {
      throw frontDoorError(
        "InvalidSignatureException",
        403,
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${rawDate.slice(0, 8)}', from '${rawDate}'.`,
      );
    }
    checkSigningTime(signedAt, rawDate, now());
    if (!auth.signedHeaders.includes("host")) {
      throw frontDoorError("InvalidSignatureException", 403, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    // The signer trusts a x-amz-content-sha256 header as the payload hash; the service hashes the body it got.
    const claimedHash = header(request.headers, "x-amz-content-sha256");
    if (claimedHash !== undefined && claimedHash !== createHash("sha256").update(request.body).digest("hex")) {
      throw frontDoorError("InvalidSignatureException", 403, SIGNATURE_MISMATCH);
    }
    const headers: Record<string, string> = {};
    for (const name of auth.signedHeaders) {
      const value = request.headers[name];
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(",") : value;
    }
    const rebuilt = new HttpRequest({
      method: request.method,
      hostname: "localhost",
      path: request.path,
      query: request.query,
      headers,
      body: request.body.length > 0 ? request.body : undefined,
    });
    const signed = await signerFor(credential, sessionToken, auth.scopeRegion).sign(rebuilt, {
      signingDate: new Date(signedAt),
      signableHeaders: new Set(auth.signedHeaders),
    });
    const expected = /Signature=([0-9a-f]+)$/.exec(String(signed.headers.authorization))?.[1] ?? "";
    const given = Buffer.from(auth.signature);
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
      throw frontDoorError("InvalidSignatureException", 403, SIGNATURE_MISMATCH);
    }
  };
}
