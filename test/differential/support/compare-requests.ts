import { createHash } from "node:crypto";
import type { AwsCredentialIdentity } from "@smithy/types";
import { expect } from "vitest";
import type { CapturedRequest } from "../../support/capture-server.js";
import { CREDENTIALS, REGION, normalizeUserAgent } from "./client-pair.js";
import { expectedAuthorization, parseAmzDate, parseAuthorization } from "./verify-signature.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const AMZ_DATE = /^\d{8}T\d{6}Z$/;

/** Headers whose values must be byte-identical between the two clients. */
const SAME_VALUE_HEADERS = ["content-type", "content-length", "host", "amz-sdk-request", "x-amz-security-token", "connection"];

/**
 * Asserts that this library's request and the SDK's are the same request: method, path, query,
 * header names, the values that matter, the credential scope and signed-header list, the user
 * agent apart from the library name, and a JSON body equal after parsing.
 */
export function expectSameRequest(ours: CapturedRequest, sdk: CapturedRequest): void {
  expect(ours.method).toBe(sdk.method);
  expect(ours.path).toBe(sdk.path);
  expect(ours.query).toBe(sdk.query);
  expect(Object.keys(ours.headers).sort()).toEqual(Object.keys(sdk.headers).sort());
  for (const name of SAME_VALUE_HEADERS) expect(ours.headers[name], name).toBe(sdk.headers[name]);
  for (const request of [ours, sdk]) {
    expect(request.headers["amz-sdk-invocation-id"]).toMatch(UUID_V4);
    expect(request.headers["x-amz-date"]).toMatch(AMZ_DATE);
  }
  // Both were signed moments apart; a generous window keeps this free of timing flakiness.
  const skew = Math.abs(parseAmzDate(String(ours.headers["x-amz-date"])).getTime() - parseAmzDate(String(sdk.headers["x-amz-date"])).getTime());
  expect(skew).toBeLessThan(120_000);
  const a = parseAuthorization(String(ours.headers.authorization));
  const b = parseAuthorization(String(sdk.headers.authorization));
  expect({ ...a, signature: "", date: "" }).toEqual({ ...b, signature: "", date: "" });
  expect(a.date).toBe(String(ours.headers["x-amz-date"]).slice(0, 8));
  expect(normalizeUserAgent(ours.headers["user-agent"])).toBe(normalizeUserAgent(sdk.headers["user-agent"]));
  expect(normalizeUserAgent(ours.headers["x-amz-user-agent"])).toBe(normalizeUserAgent(sdk.headers["x-amz-user-agent"]));
  if (sdk.body === "") expect(ours.body).toBe("");
  else expect(canonicalJson(ours.body)).toBe(canonicalJson(sdk.body));
  // Where key order differs the hashes differ too; each hash is checked against its own body by expectValidSignature.
  if (ours.body === sdk.body) expect(ours.headers["x-amz-content-sha256"]).toBe(sdk.headers["x-amz-content-sha256"]);
}

/**
 * A JSON text re-serialized with object keys sorted at every level, so two bodies compare equal
 * exactly when they hold the same data. (Deep-equality matchers trip over own keys such as
 * `constructor` or `__proto__`, which map members may legitimately use.)
 */
export function canonicalJson(text: string): string {
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) Object.defineProperty(out, key, { value: sort((value as Record<string, unknown>)[key]), enumerable: true });
    return out;
  };
  return JSON.stringify(sort(JSON.parse(text)));
}

/**
 * Asserts that a request carries a valid SigV4 signature for {@link CREDENTIALS} in {@link REGION}:
 * (or `credentials`) recomputed from the wire request by an independent signer, and a payload hash that matches the body.
 */
export async function expectValidSignature(request: CapturedRequest, credentials: AwsCredentialIdentity = CREDENTIALS): Promise<void> {
  const expected = await expectedAuthorization(request, credentials, REGION);
  expect(request.headers["x-amz-content-sha256"]).toBe(createHash("sha256").update(request.body).digest("hex"));
  expect(expected.contentSha256).toBe(request.headers["x-amz-content-sha256"]);
  expect(request.headers.authorization).toBe(expected.authorization);
}
