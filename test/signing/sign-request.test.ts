// The client's own SigV4 signer must write exactly the headers @smithy/signature-v4 writes, on any request.
import { Sha256 as JsSha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity, ChecksumConstructor, QueryParameterBag } from "@smithy/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NodeSha256 } from "../../src/crypto/node-sha256.js";
import { createRequestSigner } from "../../src/signing/sign-request.js";

const SIGNED = ["authorization", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token"];

/** Everything both signers produce: every header (the four SigV4 ones among them), path, query and body. */
const snapshot = (r: HttpRequest) => ({ headers: r.headers, path: r.path, query: r.query, body: r.body, method: r.method });

async function smithySign(request: HttpRequest, credentials: AwsCredentialIdentity, region: string, service: string, date: Date, sha256: ChecksumConstructor) {
  const signer = new SignatureV4({ credentials, region, service, sha256, uriEscapePath: true });
  return (await signer.sign(request, { signingDate: date, signingRegion: region, signingService: service })) as HttpRequest;
}

// Path pieces that exercise normalization and double escaping: dot segments, empty segments, escapes, unicode.
const segment = fc.oneof(
  fc.constantFrom(".", "..", "", "2015-03-31", "event-source-mappings", "a%2Fb", "%25", "caf\u00e9", "x y", "~_-.", "!*'()"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const path = fc.tuple(fc.array(segment, { maxLength: 6 }), fc.boolean()).map(([parts, slash]) => `/${parts.join("/")}${slash ? "/" : ""}`);
const queryKey = fc.oneof(fc.constantFrom("MaxItems", "Marker", "FunctionName", "X-Amz-Signature", "x-amz-signature", "a b", "k*", "Ünï"), fc.string({ unit: "grapheme", maxLength: 8 }));
const queryValue = fc.oneof(fc.string({ unit: "grapheme", maxLength: 16 }), fc.array(fc.string({ unit: "grapheme", maxLength: 6 }), { maxLength: 3 }));
const query = fc.dictionary(queryKey, queryValue, { maxKeys: 5 }) as fc.Arbitrary<QueryParameterBag>;
// Header names in any case, with the ones the signer treats specially; values with whitespace to fold.
const headerName = fc.oneof(
  fc.constantFrom(
    "host", "Host", "content-type", "Content-Type", "x-amz-user-agent", "user-agent", "User-Agent", "amz-sdk-invocation-id", "amz-sdk-request",
    "authorization", "Authorization", "x-amz-date", "X-Amz-Date", "date", "Date", "x-amz-content-sha256", "X-Amz-Content-Sha256",
    "x-amz-security-token", "proxy-authorization", "Sec-Fetch-Mode", "x-amzn-trace-id", "X-Amzn-Trace-Id", "connection", "expect", "content-length",
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,14}$/),
);
const headerValue = fc.oneof(
  fc.stringMatching(/^[ -~]{0,24}$/),
  fc.constantFrom("  leading", "trailing  ", "in  the \t middle", "line\r\nbreak", " ", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "UNSIGNED-PAYLOAD"),
);
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 8 });
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: "grapheme", maxLength: 64 }),
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ minLength: 4, maxLength: 64 }).map((u) => new Uint8Array(u.buffer, 2, u.byteLength - 2)),
  fc.uint8Array({ maxLength: 32 }).map((u) => u.slice().buffer),
  fc.constant({ pipe: () => undefined, on: () => undefined }),
);
const credentials = fc.record(
  {
    accessKeyId: fc.stringMatching(/^[A-Z0-9]{4,20}$/),
    secretAccessKey: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
    sessionToken: fc.oneof(fc.constant(undefined), fc.constant(""), fc.stringMatching(/^[A-Za-z0-9+/=]{1,60}$/)),
  },
  { requiredKeys: ["accessKeyId", "secretAccessKey"] },
);
const date = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });
const region = fc.constantFrom("us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "ap-southeast-5", "local");
const service = fc.constantFrom("lambda", "sts", "execute-api");
const method = fc.constantFrom("GET", "POST", "PUT", "DELETE");

const request = fc.record({ method, path, query, headers, body }).map(
  (r) => new HttpRequest({ protocol: "https:", hostname: "lambda.us-east-1.amazonaws.com", ...r, body: r.body as unknown }),
);

describe("createRequestSigner", () => {
  for (const [name, sha256] of [
    ["node:crypto", NodeSha256],
    ["@aws-crypto/sha256-js", JsSha256],
  ] as const) {
    it(`writes the same request as @smithy/signature-v4 for random requests, credentials, dates and regions (${name})`, async () => {
      const ours = createRequestSigner(sha256 as ChecksumConstructor);
      await fc.assert(
        fc.asyncProperty(request, credentials, date, region, service, async (req, creds, when, reg, svc) => {
          const before = JSON.stringify(snapshot(req));
          const expected = await smithySign(req, creds, reg, svc, when, sha256 as ChecksumConstructor);
          const actual = await ours.sign(req, { credentials: creds, region: reg, service: svc, date: when });
          expect(snapshot(actual)).toEqual(snapshot(expected));
          for (const h of SIGNED) expect(actual.headers[h]).toBe(expected.headers[h]);
          // A signed copy: the request given stays as it was.
          expect(actual).not.toBe(req);
          expect(JSON.stringify(snapshot(req))).toBe(before);
        }),
        { numRuns: name === "node:crypto" ? 400 : 100 },
      );
    });
  }

  it("signs as smithy through a hash that only has the asynchronous digest()", async () => {
    class AsyncOnly {
      private readonly inner: JsSha256;
      constructor(secret?: Uint8Array | string) {
        this.inner = new JsSha256(secret);
      }
      update(data: Uint8Array): void {
        this.inner.update(data);
      }
      digest(): Promise<Uint8Array> {
        return this.inner.digest();
      }
      reset(): void {}
    }
    const ours = createRequestSigner(AsyncOnly as unknown as ChecksumConstructor);
    await fc.assert(
      fc.asyncProperty(request, credentials, date, async (req, creds, when) => {
        const pending = ours.sign(req, { credentials: creds, region: "us-east-1", service: "lambda", date: when });
        expect(pending).toBeInstanceOf(Promise);
        const expected = await smithySign(req, creds, "us-east-1", "lambda", when, AsyncOnly as unknown as ChecksumConstructor);
        expect(snapshot(await pending)).toEqual(snapshot(expected));
      }),
      { numRuns: 50 },
    );
  });

  it("keeps signing correctly as the credentials, day, region and service change on one signer (the key cache)", async () => {
    const ours = createRequestSigner(NodeSha256);
    const req = new HttpRequest({ protocol: "https:", hostname: "h", method: "GET", path: "/2015-03-31/event-source-mappings/", headers: { host: "h" } });
    const cases: [AwsCredentialIdentity, string, string, string][] = [
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-03T08:00:00Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-03T23:59:59Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-04T00:00:00Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-2" }, "2026-12-04T00:00:01Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2" }, "2026-12-04T00:00:02Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2", sessionToken: "t" }, "2026-12-04T00:00:03Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2", sessionToken: "t" }, "2026-12-04T00:00:04Z", "eu-west-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2", sessionToken: "t" }, "2026-12-04T00:00:05Z", "eu-west-1", "sts"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-03T08:00:00Z", "us-east-1", "lambda"],
    ];
    const seen = new Set<string>();
    for (const [creds, when, reg, svc] of cases) {
      const expected = await smithySign(req, creds, reg, svc, new Date(when), NodeSha256);
      const actual = await ours.sign(req, { credentials: creds, region: reg, service: svc, date: new Date(when) });
      expect(actual.headers.authorization).toBe(expected.headers.authorization);
      seen.add(actual.headers.authorization!);
    }
    // The last case repeats the first: every other one is a distinct signature.
    expect(seen.size).toBe(cases.length - 1);
  });

  it("signs synchronously with node:crypto and with @aws-crypto/sha256-js (no promise per request)", () => {
    const req = new HttpRequest({ protocol: "https:", hostname: "h", method: "POST", path: "/", headers: { host: "h" }, body: "{}" });
    for (const sha256 of [NodeSha256, JsSha256]) {
      const signed = createRequestSigner(sha256 as ChecksumConstructor).sign(req, { credentials: { accessKeyId: "A", secretAccessKey: "S" }, region: "us-east-1", service: "lambda", date: new Date() });
      expect(signed).toBeInstanceOf(HttpRequest);
    }
  });

  it("rejects credentials without a string key id or secret with smithy's message", () => {
    const req = new HttpRequest({ protocol: "https:", hostname: "h", method: "GET", path: "/", headers: {} });
    const sign = (credentials: unknown) => () => createRequestSigner(NodeSha256).sign(req, { credentials: credentials as AwsCredentialIdentity, region: "r", service: "s", date: new Date() });
    expect(sign({ accessKeyId: "A" })).toThrow("Resolved credential object is not valid");
    expect(sign(undefined)).toThrow("Resolved credential object is not valid");
    expect(sign({ accessKeyId: 1, secretAccessKey: "S" })).toThrow("Resolved credential object is not valid");
  });
});
