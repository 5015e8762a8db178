import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containerCredentialsUrl } from "../../src/credentials/container-url.js";
import { fromContainer } from "../../src/credentials/from-container.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";
import { credentialsBody, startFakeServer, type FakeServer } from "./support/fake-server.js";

const expiration = new Date(Date.now() + 3_600_000);
expiration.setMilliseconds(0);
// Generous: these servers answer at once, and a loaded machine must not turn a slow answer into a failure.
const fast = { timeoutMs: 10_000, maxRetries: 0 };
let server: FakeServer;
beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(async () => {
  await server.close();
  removeTempAwsHomes();
});

describe("containerCredentialsUrl", () => {
  it("builds the ECS URL from the relative URI, which wins over the full URI", () => {
    expect(containerCredentialsUrl({ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/v2/credentials/id", AWS_CONTAINER_CREDENTIALS_FULL_URI: "http://127.0.0.1/x" })?.href).toBe(
      "http://169.254.170.2/v2/credentials/id",
    );
    expect(containerCredentialsUrl({})).toBeUndefined();
  });

  it.each(["https://creds.example/x", "http://169.254.170.2/x", "http://169.254.170.23/v1/credentials", "http://[fd00:ec2::23]/x", "http://localhost:8080/x", "http://127.1.2.3/x", "http://[::1]:9/x"])(
    "accepts %s",
    (url) => {
      expect(containerCredentialsUrl({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url })?.href).toBe(new URL(url).href);
    },
  );

  it.each(["http://10.0.0.1/x", "http://169.254.169.254/x", "http://example.com/x", "http://128.0.0.1/x"])("refuses plain-HTTP host %s like the SDK", (url) => {
    expect(() => containerCredentialsUrl({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url })).toThrowError(/^URL not accepted/);
  });
});

describe("fromContainer", () => {
  it("GETs the full URI with the authorization token and returns the credentials", async () => {
    server.requests.length = 0;
    server.handler = (_, res) => res.end(credentialsBody(expiration));
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/creds?x=1`, AWS_CONTAINER_AUTHORIZATION_TOKEN: "Bearer abc" };
    expect(await fromContainer(env, fast)()).toEqual({
      accessKeyId: "ASIAFAKE",
      secretAccessKey: "fake-secret",
      sessionToken: "fake-token",
      expiration,
      $source: { CREDENTIALS_HTTP: "z" },
    });
    expect(server.requests).toMatchObject([{ method: "GET", url: "/creds?x=1", headers: { authorization: "Bearer abc" } }]);
  });

  it("reads the token file on every call, preferring it to the token variable", async () => {
    server.requests.length = 0;
    const home = tempAwsHome();
    const tokenFile = home.write("token", "from-file-1");
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/creds`, AWS_CONTAINER_AUTHORIZATION_TOKEN: "from-env", AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile };
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    const provider = fromContainer(env, { ...fast, logger });
    await provider();
    home.write("token", "from-file-2");
    await provider();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["from-file-1", "from-file-2"]);
    expect(warnings.join("\n")).toContain("the file is used");
  });

  it("rejects a token with a CRLF", async () => {
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `http://localhost:1/creds`, AWS_CONTAINER_AUTHORIZATION_TOKEN: "a\r\nb" };
    await expect(fromContainer(env, fast)()).rejects.toThrowError(/Authorization token contains invalid \\r\\n sequence/);
  });

  it("reports a 4xx answer with its Code and Message, after the retries and the fallback request", async () => {
    server.requests.length = 0;
    server.handler = (_, res) => {
      res.statusCode = 403;
      res.end(JSON.stringify({ Code: "AccessDenied", Message: "bad token" }));
    };
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/creds` };
    // timeoutMs is also the pause between retries (as in the SDK), so it is the test's length: 4 pauses.
    // 1 s is 100x what a loopback answer needs; 10 ms (as before) failed on a loaded machine.
    const error = await fromContainer(env, { timeoutMs: 1000, maxRetries: 2 })().catch((e: Error) => e);
    expect(error).toMatchObject({ name: "CredentialsProviderError", tryNextLink: true });
    expect((error as Error).message).toContain("Server responded with status: 403 (AccessDenied: bad token)");
    // 1 try + 2 retries, then the fromContainerMetadata-style fallback (its own try + 2 retries).
    expect(server.requests).toHaveLength(6);
  });

  it("falls back to a plain request with AWS_CONTAINER_AUTHORIZATION_TOKEN when the token file cannot be read", async () => {
    server.requests.length = 0;
    server.handler = (_, res) => res.end(credentialsBody(expiration, { AccountId: "123456789012" }));
    const env = {
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/creds`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: "env-token",
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: "/nonexistent/token",
    };
    const credentials = await fromContainer(env, fast)();
    expect(credentials).toMatchObject({ accessKeyId: "ASIAFAKE", accountId: "123456789012" });
    expect(credentials).not.toHaveProperty("$source");
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["env-token"]);
  });

  it("requires an RFC 3339 UTC expiration, except in the fallback request that 127.0.0.1 and localhost get", async () => {
    const body = JSON.stringify({ AccessKeyId: "a", SecretAccessKey: "b", Token: "c", Expiration: "2030-01-01T00:00:00+01:00" });
    // 127.0.0.2 is loopback too, but only 127.0.0.1 and localhost get the SDK's fromContainerMetadata fallback.
    const other = await startFakeServer((_, res) => res.end(body), "127.0.0.2");
    try {
      await expect(fromContainer({ AWS_CONTAINER_CREDENTIALS_FULL_URI: `${other.url}/creds` }, fast)()).rejects.toThrowError(
        /^http:\/\/127\.0\.0\.2:\d+\/creds: HTTP credential provider response not of the required format/,
      );
    } finally {
      await other.close();
    }
    server.handler = (_, res) => res.end(body);
    expect(await fromContainer({ AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/creds` }, fast)()).toMatchObject({
      expiration: new Date("2030-01-01T00:00:00+01:00"),
    });
  });

  it("stops the chain for a full URI that is not a URL", async () => {
    await expect(fromContainer({ AWS_CONTAINER_CREDENTIALS_FULL_URI: "::nope" }, fast)()).rejects.toMatchObject({
      tryNextLink: false,
      message: 'AWS_CONTAINER_CREDENTIALS_FULL_URI is not a valid URL: "::nope"',
    });
  });

  it("lets the chain go on for a refused host", async () => {
    await expect(fromContainer({ AWS_CONTAINER_CREDENTIALS_FULL_URI: "http://10.1.2.3/creds" }, fast)()).rejects.toMatchObject({ tryNextLink: true });
  });
});
