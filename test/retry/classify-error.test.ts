import { isServerError, isThrottlingError, isTransientError } from "@smithy/core/retry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getRetryErrorType } from "../../src/retry/index.js";

/** The SDK's getRetryErrorType (not exported by @smithy/core/retry), rebuilt from its exported classifiers. */
const sdkGetRetryErrorType = (error: unknown): string => {
  const e = error as Parameters<typeof isThrottlingError>[0];
  if (isThrottlingError(e)) return "THROTTLING";
  if (isTransientError(e)) return "TRANSIENT";
  if (isServerError(e)) return "SERVER_ERROR";
  return "CLIENT_ERROR";
};

const err = (props: Record<string, unknown>, message = "m"): Error => Object.assign(new Error(message), props);

const cases: [string, unknown, string][] = [
  ["429 status", err({ $metadata: { httpStatusCode: 429 } }), "THROTTLING"],
  ["TooManyRequestsException", err({ name: "TooManyRequestsException", $metadata: { httpStatusCode: 400 } }), "THROTTLING"],
  ["ThrottlingException", err({ name: "ThrottlingException" }), "THROTTLING"],
  ["SlowDown", err({ name: "SlowDown" }), "THROTTLING"],
  ["$retryable.throttling", err({ $retryable: { throttling: true } }), "THROTTLING"],
  ["$retryable without throttling", err({ $retryable: {} }), "TRANSIENT"],
  ["clock skew corrected", err({ name: "InvalidSignatureException", $metadata: { clockSkewCorrected: true } }), "TRANSIENT"],
  ["signature expired", err({ name: "InvalidSignatureException" }, "Signature expired: 20260101T000000Z"), "TRANSIENT"],
  ["other InvalidSignatureException", err({ name: "InvalidSignatureException", $metadata: { httpStatusCode: 403 } }), "CLIENT_ERROR"],
  ["TimeoutError", err({ name: "TimeoutError" }), "TRANSIENT"],
  ["RequestTimeoutException", err({ name: "RequestTimeoutException" }), "TRANSIENT"],
  ...["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"].map(
    (code): [string, unknown, string] => [code, err({ code }), "TRANSIENT"],
  ),
  ["EACCES", err({ code: "EACCES" }), "CLIENT_ERROR"],
  ...[500, 502, 503, 504].map((s): [string, unknown, string] => [`${s}`, err({ $metadata: { httpStatusCode: s } }), "TRANSIENT"]),
  ["501", err({ $metadata: { httpStatusCode: 501 } }), "SERVER_ERROR"],
  ["599", err({ $metadata: { httpStatusCode: 599 } }), "SERVER_ERROR"],
  ["400", err({ $metadata: { httpStatusCode: 400 } }), "CLIENT_ERROR"],
  ["HTML 502 page (SyntaxError with $metadata)", Object.assign(new SyntaxError("Unexpected token <"), { $metadata: { httpStatusCode: 502 } }), "TRANSIENT"],
  ["fetch TypeError", new TypeError("Failed to fetch"), "TRANSIENT"],
  ["other TypeError", new TypeError("x is not a function"), "CLIENT_ERROR"],
  ["HTTP/2 refused stream", err({ code: "ERR_HTTP2_STREAM_ERROR" }, "Stream closed with error code NGHTTP2_REFUSED_STREAM"), "TRANSIENT"],
  ["transient cause", err({ cause: err({ code: "ECONNRESET" }) }), "TRANSIENT"],
  ["cause at depth 11", [...Array(11)].reduce((c) => err({ cause: c }), err({ name: "TimeoutError" })), "TRANSIENT"],
  ["cause at depth 12", [...Array(12)].reduce((c) => err({ cause: c }), err({ name: "TimeoutError" })), "CLIENT_ERROR"],
  ["AbortError", err({ name: "AbortError", code: "ECONNRESET", $metadata: { httpStatusCode: 503 } }), "SERVER_ERROR"],
  ["AbortError without status", err({ name: "AbortError", $retryable: {} }), "CLIENT_ERROR"],
  ["plain Error", new Error("x"), "CLIENT_ERROR"],
  ["string", "boom", "CLIENT_ERROR"],
  ["plain object", { name: "TimeoutError" }, "TRANSIENT"],
];

describe("getRetryErrorType", () => {
  it.each(cases)("classifies %s like the SDK", (_, error, expected) => {
    expect(getRetryErrorType(error)).toBe(expected);
    expect(sdkGetRetryErrorType(error)).toBe(expected);
  });

  it("throws the same TypeError as the SDK for null and for a null cause", () => {
    for (const value of [null, undefined, err({ cause: null })]) {
      let sdkError: unknown;
      try {
        sdkGetRetryErrorType(value);
      } catch (e) {
        sdkError = e;
      }
      expect(sdkError).toBeInstanceOf(TypeError);
      expect(() => getRetryErrorType(value)).toThrow(sdkError as Error);
    }
  });

  it("matches the SDK on random error-like objects", () => {
    const leaf = fc.record(
      {
        name: fc.constantFrom("Error", "AbortError", "TimeoutError", "ThrottlingException", "InvalidSignatureException", "TypeError", "X"),
        message: fc.constantFrom("m", "Signature expired", "Failed to fetch", "NGHTTP2_REFUSED_STREAM"),
        code: fc.constantFrom("ECONNRESET", "EAI_AGAIN", "EACCES", "ERR_HTTP2_STREAM_ERROR", ""),
        $retryable: fc.record({ throttling: fc.boolean() }, { requiredKeys: [] }),
        $metadata: fc.record(
          { httpStatusCode: fc.constantFrom(200, 400, 429, 500, 501, 502, 503, 504, 505, 599, 600), clockSkewCorrected: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ["message"] },
    );
    const nested = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
      node: fc.tuple(leaf, fc.option(tie("node"), { nil: undefined, depthSize: "small" })).map(([l, cause]) => (cause ? { ...l, cause } : l)),
    })).node;
    fc.assert(
      fc.property(nested, fc.boolean(), (props, asTypeError) => {
        const error = asTypeError ? Object.assign(new TypeError(String(props.message)), props) : props;
        expect(getRetryErrorType(error)).toBe(sdkGetRetryErrorType(error));
      }),
      { numRuns: 500 },
    );
  });
});
