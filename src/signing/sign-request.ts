import { HttpRequest } from "@smithy/protocol-http";
import type { AwsCredentialIdentity, ChecksumConstructor, HashConstructor } from "@smithy/types";
import { escapeUri } from "../protocol/encode-uri.js";
import { createDigests, type Digests } from "./digests.js";

/**
 * Headers SigV4 never signs (`@smithy/signature-v4`'s `ALWAYS_UNSIGNABLE_HEADERS`, plus its `proxy-`/`sec-` prefixes
 * below): proxies and browsers add or rewrite them.
 */
const UNSIGNABLE = new Set(["authorization", "cache-control", "connection", "expect", "from", "keep-alive", "max-forwards", "pragma", "referer", "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id"]);
/** Headers the signer writes itself; a request's own copies are dropped first (smithy's `GENERATED_HEADERS`). */
const GENERATED = new Set(["authorization", "x-amz-date", "date"]);
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** A header value that needs smithy's whitespace folding; almost none does, so the common case skips three regexes. */
const NEEDS_FOLDING = /[\r\n\t]| {2}|^ | $/;
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** What one signature is made with; the date is the skew-corrected clock. */
export interface SignInput {
  credentials: AwsCredentialIdentity;
  region: string;
  service: string;
  date: Date;
}

/** Signs HTTP requests with SigV4 headers: a fresh signed copy of the request per call. */
export interface RequestSigner {
  /** The signed copy; synchronous when the hash is (node:crypto, `@aws-crypto/sha256-js`), else a promise. */
  sign(request: HttpRequest, input: SignInput): HttpRequest | Promise<HttpRequest>;
}

/**
 * A SigV4 header signer for this client's requests, byte for byte what `@smithy/signature-v4`'s
 * `SignatureV4.sign(request, { signingDate, signingRegion, signingService })` (with `uriEscapePath` and
 * `applyChecksum` on) writes — `authorization`, `x-amz-date`, `x-amz-content-sha256`, `x-amz-security-token` —
 * on every request (test/signing/sign-request.test.ts compares the two on random requests). It does only the work a
 * header signature needs: no presigning, event streams or per-call option objects; the signing key is derived once
 * per day, region, service and secret; the canonical path of the last path is kept; and with a hash that can digest
 * synchronously (`digestSync`, which this library's node:crypto hash and `@aws-crypto/sha256-js` have) no promise
 * is created. Measured in docs/performance.md ("Signing").
 */
export function createRequestSigner(sha256: ChecksumConstructor | HashConstructor): RequestSigner {
  const digests = createDigests(sha256);
  let lastKey: { secret: string; shortDate: string; region: string; service: string; key: Uint8Array | Promise<Uint8Array> } | undefined;
  let lastPath: { path: string; canonical: string } | undefined;
  let lastSecond: { ms: number; longDate: string } | undefined;

  const signingKey = (secret: string, shortDate: string, region: string, service: string): Uint8Array | Promise<Uint8Array> => {
    const k = lastKey;
    if (k !== undefined && k.secret === secret && k.shortDate === shortDate && k.region === region && k.service === service) return k.key;
    const key = deriveKey(digests, secret, shortDate, region, service);
    const entry = { secret, shortDate, region, service, key };
    lastKey = entry;
    // A failed derivation (a custom hash that rejects) is not kept.
    if (key instanceof Promise) key.catch(() => (lastKey === entry ? (lastKey = undefined) : undefined));
    return key;
  };

  const canonicalPath = (path: string): string => {
    if (lastPath?.path === path) return lastPath.canonical;
    const canonical = normalizePath(path);
    lastPath = { path, canonical };
    return canonical;
  };

  const longDateOf = (date: Date): string => {
    const ms = date.getTime();
    const second = ms - (((ms % 1000) + 1000) % 1000);
    if (lastSecond?.ms === second) return lastSecond.longDate;
    const longDate = date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
    lastSecond = { ms: second, longDate };
    return longDate;
  };

  return {
    sign(original, { credentials, region, service, date }) {
      if (typeof credentials !== "object" || credentials === null || typeof credentials.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string") {
        throw new Error("Resolved credential object is not valid");
      }
      const request = HttpRequest.clone(original);
      const headers = request.headers;
      let hasSha256Header = false;
      for (const name in headers) {
        if (!hasOwn(headers, name)) continue;
        const lower = name.toLowerCase();
        if (GENERATED.has(lower)) delete headers[name];
        else if (lower === "x-amz-content-sha256") hasSha256Header = true;
      }
      const longDate = longDateOf(date);
      const shortDate = longDate.slice(0, 8);
      const scope = `${shortDate}/${region}/${service}/aws4_request`;
      headers["x-amz-date"] = longDate;
      if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;
      const payload = hasSha256Header ? declaredPayloadHash(headers) : payloadHash(digests, request.body);
      const finish = (payloadHex: string): HttpRequest | Promise<HttpRequest> => {
        if (!hasSha256Header) headers["x-amz-content-sha256"] = payloadHex;
        const { names, lines } = canonicalHeaders(headers);
        const signedHeaders = names.join(";");
        const canonicalRequest = `${request.method}\n${canonicalPath(request.path)}\n${canonicalQuery(request.query)}\n${lines}\n\n${signedHeaders}\n${payloadHex}`;
        const authorize = (requestHash: string, key: Uint8Array): HttpRequest | Promise<HttpRequest> => {
          const signature = digests.hmacHex(key, `AWS4-HMAC-SHA256\n${longDate}\n${scope}\n${requestHash}`);
          const write = (hex: string): HttpRequest => {
            headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${hex}`;
            return request;
          };
          return typeof signature === "string" ? write(signature) : signature.then(write);
        };
        const requestHash = digests.sha256Hex(canonicalRequest);
        const key = signingKey(credentials.secretAccessKey, shortDate, region, service);
        if (typeof requestHash === "string" && !(key instanceof Promise)) return authorize(requestHash, key);
        return Promise.all([requestHash, key]).then(([h, k]) => authorize(h, k));
      };
      return typeof payload === "string" ? finish(payload) : payload.then(finish);
    },
  };
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
function deriveKey(digests: Digests, secret: string, shortDate: string, region: string, service: string): Uint8Array | Promise<Uint8Array> {
  let key: Uint8Array | Promise<Uint8Array> = digests.hmac(`AWS4${secret}`, shortDate);
  for (const part of [region, service, "aws4_request"]) {
    key = key instanceof Promise ? key.then((k) => digests.hmac(k, part)) : digests.hmac(key, part);
  }
  return key;
}

/** The value of a request's own `x-amz-content-sha256` header (any case), which smithy signs as the payload hash. */
function declaredPayloadHash(headers: Record<string, string>): string {
  for (const name in headers) if (hasOwn(headers, name) && name.toLowerCase() === "x-amz-content-sha256") return headers[name]!;
  return EMPTY_SHA256;
}

/** Hex SHA-256 of the body: the empty hash without one, `UNSIGNED-PAYLOAD` for a stream, as smithy does. */
function payloadHash(digests: Digests, body: unknown): string | Promise<string> {
  if (body == null) return EMPTY_SHA256;
  if (typeof body === "string" || ArrayBuffer.isView(body)) return digests.sha256Hex(body);
  if (body instanceof ArrayBuffer || Object.prototype.toString.call(body) === "[object ArrayBuffer]") return digests.sha256Hex(new Uint8Array(body as ArrayBuffer));
  return "UNSIGNED-PAYLOAD";
}

/**
 * smithy's `getCanonicalHeaders` + `createCanonicalRequest` header part: names lower-cased, unsignable ones and
 * null values left out, values folded, a later same-named header (in sorted original-name order) winning; then
 * sorted by lower-cased name. When every name is lower-case already (this client's own headers are), the two sorts
 * are one and no name can repeat, so the names are sorted once and no map is built.
 */
function canonicalHeaders(headers: Record<string, string>): { names: string[]; lines: string } {
  const names: string[] = [];
  for (const name of Object.keys(headers)) {
    if (headers[name] == undefined) continue;
    if (name.toLowerCase() !== name) return mixedCaseCanonicalHeaders(headers);
    if (!isUnsignable(name)) names.push(name);
  }
  names.sort();
  let lines = "";
  for (let i = 0; i < names.length; i++) lines += `${i === 0 ? "" : "\n"}${names[i]}:${fold(headers[names[i]!]!)}`;
  return { names, lines };
}

function mixedCaseCanonicalHeaders(headers: Record<string, string>): { names: string[]; lines: string } {
  const values = new Map<string, string>();
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name];
    if (value == undefined) continue;
    const lower = name.toLowerCase();
    if (!isUnsignable(lower)) values.set(lower, fold(value));
  }
  const names = [...values.keys()].sort();
  let lines = "";
  for (let i = 0; i < names.length; i++) lines += `${i === 0 ? "" : "\n"}${names[i]}:${values.get(names[i]!)}`;
  return { names, lines };
}

const isUnsignable = (lower: string): boolean => UNSIGNABLE.has(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");

/** smithy's folding of a header value: line breaks to spaces, runs of blanks to one space, one space trimmed each end. */
const fold = (value: string): string =>
  typeof value === "string" && !NEEDS_FOLDING.test(value) ? value : value.replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");

/** smithy's `getCanonicalPath` with `uriEscapePath`: `.`/`..`/empty segments resolved, then escaped a second time. */
function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment.length === 0 || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const normalized = `${path.startsWith("/") ? "/" : ""}${segments.join("/")}${segments.length > 0 && path.endsWith("/") ? "/" : ""}`;
  return escapeUri(normalized).replace(/%2F/g, "/");
}

/** smithy's `getCanonicalQuery`: escaped keys sorted, array values sorted, `X-Amz-Signature` left out. */
function canonicalQuery(query: HttpRequest["query"] | undefined): string {
  if (!query) return "";
  const keys: string[] = [];
  // A plain object on purpose: smithy's, so that even odd keys serialize as they do there.
  const serialized: Record<string, string> = {};
  for (const key in query) {
    if (!hasOwn(query, key) || key.toLowerCase() === "x-amz-signature") continue;
    const encodedKey = escapeUri(key);
    keys.push(encodedKey);
    const value = query[key];
    if (typeof value === "string") serialized[encodedKey] = `${encodedKey}=${escapeUri(value)}`;
    else if (Array.isArray(value)) serialized[encodedKey] = value.map((v) => `${encodedKey}=${escapeUri(v)}`).sort().join("&");
  }
  if (keys.length === 0) return "";
  if (keys.length === 1) return serialized[keys[0]!] || "";
  return keys
    .sort()
    .map((key) => serialized[key])
    .filter((part) => part)
    .join("&");
}
