import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { apiFactories, arns, failure, oursApi, sdkApi } from "./support/clients.js";
import { ESM_PATH, sendRaw, sendSigned } from "./support/raw-http.js";

const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
const AWKWARD = ["a b", "a+b", "a/b", "100%", "é-ü-日本", "~!*'()", "..", "x%2Fy"];

let local: LocalLambda;
beforeAll(async () => {
  local = await startLocalLambda({
    credentials: [
      { accessKeyId: "test", secretAccessKey: "test" },
      { accessKeyId: "AKIDSECOND", secretAccessKey: "second-secret" },
      { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "the-token" },
    ],
  });
});
afterAll(() => local.close());

describe.each(apiFactories)("requests signed by $library pass verification", ({ make }) => {
  it("for all five operations, including awkward UUIDs and list queries", async () => {
    // Our client checks inputs before sending; turn that off so awkward values reach the server.
    const api = make(local, { validateInput: false });
    try {
      const created = await api.create({ FunctionName: `sig-${make === oursApi ? "ours" : "sdk"}`, EventSourceArn: arns.queue("sig é+/%") });
      expect((await api.get(created.UUID!)).UUID).toBe(created.UUID);
      expect((await api.update({ UUID: created.UUID!, BatchSize: 4 })).BatchSize).toBe(4);
      expect((await api.list({ EventSourceArn: arns.queue("sig é+/%"), MaxItems: 5 })).EventSourceMappings).toHaveLength(1);
      expect((await api.delete(created.UUID!)).State).toBe("Deleting");
      for (const awkward of AWKWARD) {
        // Reaching the handler (404 / 400), not a 403, proves the signature verified.
        for (const call of [() => api.get(awkward), () => api.update({ UUID: awkward, Enabled: true }), () => api.delete(awkward)]) {
          const error = await failure(call());
          expect(error.name, awkward).toBe("ResourceNotFoundException");
        }
        const listed = await api.list({ EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:${awkward}`, MaxItems: 2 });
        expect(listed.$metadata.httpStatusCode).toBe(200);
        const marker = await failure(api.list({ Marker: awkward, FunctionName: "fn" }));
        expect(marker.name, awkward).toBe("InvalidParameterValueException");
      }
    } finally {
      api.destroy();
    }
  });

  it("with a second key pair and with a session token", async () => {
    const second = make(local, { credentials: { accessKeyId: "AKIDSECOND", secretAccessKey: "second-secret" } });
    const temp = make(local, { credentials: { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "the-token" } });
    const wrongToken = make(local, { credentials: { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "other" } });
    try {
      expect((await second.list()).$metadata.httpStatusCode).toBe(200);
      expect((await temp.list()).$metadata.httpStatusCode).toBe(200);
      expect((await failure(wrongToken.list())).name).toBe("UnrecognizedClientException");
    } finally {
      [second, temp, wrongToken].forEach((a) => a.destroy());
    }
  });

  it("and rejects an unknown key, a wrong secret and a wrong region with the service's 403s", async () => {
    const unknown = make(local, { credentials: { accessKeyId: "AKIDUNKNOWN", secretAccessKey: "x" } });
    const wrongSecret = make(local, { credentials: { accessKeyId: "test", secretAccessKey: "not-test" } });
    const wrongRegion = make(local, { region: "eu-west-1" });
    try {
      const e1 = await failure(unknown.list());
      expect([e1.name, e1.message, e1.$metadata.httpStatusCode]).toEqual(["UnrecognizedClientException", "The security token included in the request is invalid.", 403]);
      const e2 = await failure(wrongSecret.get("abc"));
      expect([e2.name, e2.message, e2.$metadata.httpStatusCode]).toEqual(["InvalidSignatureException", MISMATCH, 403]);
      const e3 = await failure(wrongRegion.list());
      expect([e3.name, e3.message]).toEqual(["InvalidSignatureException", "Credential should be scoped to a valid region, not 'eu-west-1'. "]);
    } finally {
      [unknown, wrongSecret, wrongRegion].forEach((a) => a.destroy());
    }
  });

  it("and a client whose clock is 10 minutes slow corrects itself from the Date header and retries", async () => {
    const api = make(local, { systemClockOffset: -10 * 60 * 1000 });
    try {
      const out = await api.list();
      expect(out.$metadata.httpStatusCode).toBe(200);
      expect(out.$metadata.attempts).toBe(2);
    } finally {
      api.destroy();
    }
  });
});

describe("SigV4 failures on the wire", () => {
  const AMZ_DATE = /^\d{8}T\d{6}Z$/;

  it("answers an unknown key exactly as Lambda does", async () => {
    const res = await sendSigned(local, { method: "GET", path: ESM_PATH }, { credentials: { accessKeyId: "nobody", secretAccessKey: "x" } });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("UnrecognizedClientException");
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(String(res.headers.date))).not.toBeNaN();
    expect(res.text).toBe('{"message":"The security token included in the request is invalid."}');
  });

  it("rejects a body changed after signing", async () => {
    const body = JSON.stringify({ FunctionName: "f", EventSourceArn: arns.queue("tamper") });
    const res = await sendSigned(
      local,
      { method: "POST", path: ESM_PATH, body, headers: { "content-type": "application/json" } },
      { afterSigning: (s) => (s.body = body.replace("tamper", "tampe2")) },
    );
    expect([res.status, res.headers["x-amzn-errortype"], res.json.message]).toEqual([403, "InvalidSignatureException", MISMATCH]);
  });

  it("rejects a request whose path, query or a signed header changed after signing", async () => {
    const spec = { method: "GET", path: `${ESM_PATH}/abc`, query: { MaxItems: "1" } };
    expect((await sendSigned(local, spec)).status).toBe(404); // control: the untouched request verifies (and finds nothing)
    const unsignedHeader = await sendSigned(local, spec, { afterSigning: (s) => (s.headers["user-agent"] = "changed") });
    expect(unsignedHeader.status).toBe(404);
    const tampered = [
      (s: { path: string }) => (s.path = `${ESM_PATH}/abd`),
      (s: { query?: Record<string, string> }) => (s.query = { MaxItems: "2" }),
      (s: { headers: Record<string, string> }) => (s.headers.host = "127.0.0.1:1"),
    ];
    for (const change of tampered) {
      const res = await sendSigned(local, spec, { afterSigning: change });
      expect([res.status, res.headers["x-amzn-errortype"], res.json.message]).toEqual([403, "InvalidSignatureException", MISMATCH]);
    }
  });

  it("rejects a stale x-amz-date with the service's expiry message", async () => {
    const signedAt = new Date(Date.now() - 10 * 60 * 1000);
    const res = await sendSigned(local, { method: "GET", path: ESM_PATH }, { signingDate: signedAt });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
    const m = /^Signature expired: (\S+) is now earlier than (\S+) \((\S+) - 5 min\.\)$/.exec(String(res.json.message));
    expect(m).not.toBeNull();
    const [, given, limit, now] = m!;
    expect(given).toBe(signedAt.toISOString().replace(/[-:]|\.\d{3}/g, ""));
    expect([limit, now].every((t) => AMZ_DATE.test(t!))).toBe(true);
    const toMs = (t: string) => Date.parse(t.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
    expect(toMs(now!) - toMs(limit!)).toBe(5 * 60 * 1000);
  });

  it("rejects an x-amz-date more than 5 minutes ahead", async () => {
    const res = await sendSigned(local, { method: "GET", path: ESM_PATH }, { signingDate: new Date(Date.now() + 10 * 60 * 1000) });
    expect(res.status).toBe(403);
    expect(String(res.json.message)).toMatch(/^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 5 min\.\)$/);
  });

  it("rejects an unsigned request and a malformed Authorization header", async () => {
    const missing = await sendRaw(local, { method: "GET", path: ESM_PATH });
    expect([missing.status, missing.headers["x-amzn-errortype"], missing.json.message]).toEqual([403, "MissingAuthenticationTokenException", "Missing Authentication Token"]);
    const malformed = await sendRaw(local, { method: "GET", path: ESM_PATH, headers: { authorization: "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/lambda/aws4_request" } });
    expect(malformed.status).toBe(403);
    expect(malformed.headers["x-amzn-errortype"]).toBe("IncompleteSignatureException");
    expect(String(malformed.json.message)).toContain("Authorization header requires 'Signature' parameter.");
  });

  it("rejects a session token the configured key does not have, and a missing or wrong token on a key that has one", async () => {
    const expected = [403, "UnrecognizedClientException", "The security token included in the request is invalid."];
    const cases = [
      { accessKeyId: "test", secretAccessKey: "test", sessionToken: "bogus" },
      { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret" },
      { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "the-token-but-longer" },
    ];
    for (const credentials of cases) {
      const res = await sendSigned(local, { method: "GET", path: ESM_PATH }, { credentials });
      expect([res.status, res.headers["x-amzn-errortype"], res.json.message], JSON.stringify(credentials)).toEqual(expected);
    }
    // A token added after signing is refused too (it is not part of what the key can sign for).
    const added = await sendSigned(local, { method: "GET", path: ESM_PATH }, { afterSigning: (s) => (s.headers["x-amz-security-token"] = "bogus") });
    expect([added.status, added.headers["x-amzn-errortype"], added.json.message]).toEqual(expected);
    const good = await sendSigned(local, { method: "GET", path: ESM_PATH }, { credentials: { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "the-token" } });
    expect(good.status).toBe(200);
  });

  it("rejects a signature for another service", async () => {
    const res = await sendSigned(local, { method: "GET", path: ESM_PATH }, { service: "sqs" });
    expect([res.status, res.json.message]).toEqual([403, "Credential should be scoped to correct service: 'lambda'. "]);
  });
});

describe("auth: 'off'", () => {
  it("accepts unsigned requests", async () => {
    const open = await startLocalLambda({ auth: "off" });
    try {
      const res = await sendRaw(open, { method: "GET", path: ESM_PATH });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ EventSourceMappings: [] });
      const api = sdkApi(open, { credentials: { accessKeyId: "anything", secretAccessKey: "at-all" } });
      expect((await api.list()).$metadata.httpStatusCode).toBe(200);
      api.destroy();
    } finally {
      await open.close();
    }
  });
});
