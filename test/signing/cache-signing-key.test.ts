// The signing-key cache must never sign with a key derived for other credentials, another day, region or service.
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { NodeSha256 } from "../../src/crypto/node-sha256.js";
import { cacheSigningKey } from "../../src/middleware/cache-signing-key.js";

const request = () =>
  new HttpRequest({ protocol: "https:", hostname: "lambda.us-east-1.amazonaws.com", method: "GET", path: "/2015-03-31/event-source-mappings", headers: { host: "lambda.us-east-1.amazonaws.com" } });
const signer = (credentials: () => AwsCredentialIdentity) =>
  new SignatureV4({ credentials: async () => credentials(), region: "us-east-1", service: "lambda", sha256: NodeSha256, uriEscapePath: true });
const authorization = async (s: SignatureV4, date: string, region = "us-east-1", service = "lambda") =>
  (await s.sign(request(), { signingDate: new Date(date), signingRegion: region, signingService: service })).headers.authorization;

describe("cacheSigningKey", () => {
  it("signs exactly as a plain signer while the credentials, day, region or service change between requests", async () => {
    let current: AwsCredentialIdentity = { accessKeyId: "AKID1", secretAccessKey: "secret-1" };
    const cached = cacheSigningKey(signer(() => current));
    const cases: [AwsCredentialIdentity, string, string, string][] = [
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-03T08:00:00Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-03T23:59:59Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-1" }, "2026-12-04T00:00:00Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID1", secretAccessKey: "secret-2" }, "2026-12-04T00:00:01Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2" }, "2026-12-04T00:00:02Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2", sessionToken: "t" }, "2026-12-04T00:00:03Z", "us-east-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2", sessionToken: "t" }, "2026-12-04T00:00:04Z", "eu-west-1", "lambda"],
      [{ accessKeyId: "AKID2", secretAccessKey: "secret-2", sessionToken: "t" }, "2026-12-04T00:00:05Z", "eu-west-1", "sts"],
    ];
    const seen = new Set<string>();
    for (const [credentials, date, region, service] of cases) {
      current = credentials;
      const expected = await authorization(signer(() => credentials), date, region, service);
      expect(await authorization(cached, date, region, service)).toBe(expected);
      seen.add(expected!.replace(/.*Signature=/, ""));
    }
    expect(seen.size).toBe(cases.length);
  });

  it("derives the key once for repeated requests with the same credentials on the same day", async () => {
    const s = signer(() => ({ accessKeyId: "AKID", secretAccessKey: "secret" }));
    let derivations = 0;
    const target = s as unknown as { getSigningKey: (...args: unknown[]) => Promise<Uint8Array> };
    const original = target.getSigningKey;
    target.getSigningKey = function (...args: unknown[]) {
      derivations++;
      return original.apply(this, args);
    };
    cacheSigningKey(s);
    for (let i = 0; i < 5; i++) await authorization(s, `2026-12-03T08:00:0${i}Z`);
    expect(derivations).toBe(1);
  });
});
