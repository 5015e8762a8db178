import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetEventSourceMappingCommand, LambdaClient, UpdateEventSourceMappingCommand } from "../../src/index.js";
import { defaultCredentialProvider } from "../../src/credentials/default-credential-provider.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";
import { credentialProcessScript } from "../credentials/support/credential-process-script.js";
import { startCaptureServer, type CaptureServer, type CapturedRequest, type ScriptedResponse } from "../support/capture-server.js";
import { capturingLogger, exposedTexts, leaks, type LoggedCall } from "./support/secret-probe.js";

// Access keys, secrets, session tokens, the Authorization header and X-Amz-Security-Token never reach logs (any
// level), error messages, stacks, enumerable fields, JSON.stringify(error) — nor hidden fields such as $response.
// Every case runs a real send (loopback servers, real child processes for credential_process) with a logger that
// keeps every call, then looks for each secret in everything the caller and the logs could see.

const KEYS = {
  accessKeyId: "AKIASECRETSUITE7Q2X",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+SecretSuite/Key0001",
  sessionToken: "IQoJb3JpZ2luX2VjEJr//////////SecretSuiteSessionToken0001==",
};

/** The secrets a request carried: the keys, and the Authorization header and its signature as sent on the wire. */
function secretsOf(request: CapturedRequest | undefined, keys: Partial<typeof KEYS> = KEYS): Record<string, string | undefined> {
  const authorization = request?.headers.authorization;
  return {
    ...keys,
    Authorization: authorization,
    signature: authorization?.match(/Signature=([0-9a-f]+)/)?.[1],
    "X-Amz-Security-Token": request?.headers["x-amz-security-token"] as string | undefined,
  };
}

/** Sends one Update through a fresh client with a capturing logger; resolves with the error (or undefined) and the logs. */
async function send(config: ConstructorParameters<typeof LambdaClient>[0]): Promise<{ error: unknown; calls: LoggedCall[] }> {
  const { logger, calls } = capturingLogger();
  const client = new LambdaClient({ region: "us-east-1", maxAttempts: 1, ...config, logger });
  try {
    const error = await client.send(new UpdateEventSourceMappingCommand({ UUID: "u", BatchSize: 5 })).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, calls };
  } finally {
    client.destroy();
  }
}

const expectNoLeak = (error: unknown, calls: LoggedCall[], secrets: Record<string, string | undefined>) => {
  expect(Object.values(secrets).filter(Boolean).length).toBeGreaterThan(0);
  expect(leaks(exposedTexts(error, calls), secrets)).toEqual([]);
};

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(async () => {
  await server.close();
  removeTempAwsHomes();
});

/** Everything a request carried that a server could echo back. */
const echoOf = (req: CapturedRequest) => `Authorization=${req.headers.authorization}; X-Amz-Security-Token=${req.headers["x-amz-security-token"]}`;

describe("a server that echoes the Authorization header and the security token", () => {
  const cases: [string, (req: CapturedRequest) => ScriptedResponse, boolean][] = [
    ["in the headers of a 2xx", (req) => ({ status: 200, headers: { "x-echo": echoOf(req) }, body: '{"UUID":"u"}' }), false],
    [
      "in a modeled 400's message and extra body members",
      (req) => ({
        status: 400,
        headers: { "x-amzn-errortype": "InvalidParameterValueException", "x-echo": echoOf(req) },
        body: JSON.stringify({ message: `bad request: ${echoOf(req)}`, Echo: { Authorization: req.headers.authorization }, Type: echoOf(req) }),
      }),
      true,
    ],
    [
      "in a 403 signature mismatch quoting the canonical request, as AWS does",
      (req) => ({
        status: 403,
        headers: { "x-amzn-errortype": "InvalidSignatureException" },
        body: JSON.stringify({
          message:
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.\n\n" +
            `The Canonical String for this request should have been\n'PUT\n${req.path}\n\nhost:${req.headers.host}\nx-amz-security-token:${req.headers["x-amz-security-token"]}\n'\n\n` +
            `Authorization was '${req.headers.authorization}'`,
        }),
      }),
      true,
    ],
    [
      "in a 403 UnrecognizedClientException naming the key",
      (req) => ({
        status: 403,
        headers: { "x-amzn-errortype": "UnrecognizedClientException" },
        body: JSON.stringify({ message: `The security token included in the request is invalid: ${req.headers["x-amz-security-token"]} (key ${KEYS.accessKeyId})` }),
      }),
      true,
    ],
    ["in an unmodeled 500's body members", (req) => ({ status: 500, body: JSON.stringify({ __type: "SomethingBroke", Message: echoOf(req), Detail: { Echo: echoOf(req) } }) }), true],
    ["in a 502 HTML page (quoted in the error's excerpt)", (req) => ({ status: 502, headers: { "content-type": "text/html" }, body: `<html>${echoOf(req)}</html>` }), true],
    ["in an unreadable 2xx member (LastModified)", (req) => ({ status: 200, body: JSON.stringify({ UUID: "u", LastModified: echoOf(req) }) }), true],
  ];
  it.each(cases)("%s", async (_name, respond, fails) => {
    server.requests.length = 0;
    server.respond(respond);
    const { error, calls } = await send({ endpoint: server.endpoint, credentials: KEYS });
    expect(error === undefined).toBe(!fails);
    expect(server.requests).toHaveLength(1);
    expect(calls.length).toBeGreaterThan(0);
    expectNoLeak(error, calls, secretsOf(server.requests[0]));
  });

  it("and keeps the error useful: the message still says what happened, the secrets are replaced by a marker", async () => {
    server.respond((req) => ({ status: 400, headers: { "x-amzn-errortype": "InvalidParameterValueException" }, body: JSON.stringify({ message: `bad token ${req.headers["x-amz-security-token"]}` }) }));
    const { error } = await send({ endpoint: server.endpoint, credentials: KEYS });
    expect(error).toMatchObject({ name: "InvalidParameterValueException", message: "bad token [redacted]", $metadata: { httpStatusCode: 400 } });
  });
});

describe("403 answers of the local service", () => {
  let local: LocalLambda;
  beforeAll(async () => {
    local = await startLocalLambda({ credentials: { accessKeyId: KEYS.accessKeyId, secretAccessKey: "ServerSideSecretOfTheLocalService/0001", sessionToken: KEYS.sessionToken } });
  });
  afterAll(() => local.close());

  it.each([
    ["a wrong secret", { ...KEYS, secretAccessKey: "AnotherSecretThatIsWrong/0001" }, {}],
    ["a wrong session token", { ...KEYS, sessionToken: "WrongSessionTokenValue//////0001" }, {}],
    ["an unknown key", { ...KEYS, accessKeyId: "AKIAUNKNOWNKEY00001" }, {}],
    ["a clock 10 minutes off (no correction)", KEYS, { systemClockOffset: -600_000, maxAttempts: 1 }],
  ])("%s", async (_name, credentials, extra) => {
    const { error, calls } = await send({ endpoint: local.endpoint, credentials, ...extra });
    expect((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(403);
    expectNoLeak(error, calls, { ...credentials, serverSecret: "ServerSideSecretOfTheLocalService/0001", serverToken: KEYS.sessionToken });
  });
});

describe("signing errors", () => {
  it.each([
    ["a session token with a line break", { ...KEYS, sessionToken: `${KEYS.sessionToken}\nInjected: header` }],
    ["an access key id with a line break", { ...KEYS, accessKeyId: `${KEYS.accessKeyId}\r\nX: y` }],
  ])("%s: the request is refused before it is sent, naming no secret", async (_name, credentials) => {
    server.requests.length = 0;
    const { error, calls } = await send({ endpoint: server.endpoint, credentials });
    expect(error).toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(0);
    expectNoLeak(error, calls, { ...secretsOf(undefined, credentials), accessKeyIdLine: credentials.accessKeyId.split(/\r?\n/)[0], tokenLine: credentials.sessionToken.split("\n")[0] });
  });

  it("a credentials provider that throws: its error is passed on, the send logs no key", async () => {
    const { error, calls } = await send({
      endpoint: server.endpoint,
      credentials: async () => {
        throw Object.assign(new Error("vault unreachable"), { name: "VaultError" });
      },
    });
    expect(error).toMatchObject({ name: "VaultError" });
    expectNoLeak(error, calls, KEYS);
  });
});

describe("credential failures", () => {
  const SOURCE = { secret: "wJalrXUtnFEMI/K7MDENG+FromTheCredentialSource01", token: "FwoGZXIvYXdzEFromTheCredentialSourceToken//01", key: "ASIAFROMCREDSOURCE01" };
  const chainSend = async (env: Record<string, string>, profile?: string) => {
    const { logger, calls } = capturingLogger();
    const credentials = defaultCredentialProvider({ env, profile, logger, timeoutMs: 5_000, maxRetries: 0 });
    const result = await send({ endpoint: server.endpoint, credentials });
    expect(result.error).toMatchObject({ name: "CredentialsProviderError" });
    return { error: result.error, calls: [...calls, ...result.calls] };
  };
  // The start of each secret too: a JSON parser's message quotes about ten characters around its error.
  const sourceSecrets = { secretAccessKey: SOURCE.secret, sessionToken: SOURCE.token, accessKeyId: SOURCE.key, secretStart: SOURCE.secret.slice(0, 8), tokenStart: SOURCE.token.slice(0, 8) };

  const processCases: [string, string | object, number][] = [
    ["exits non-zero after writing the secret to stderr", `{"note":"stderr below"}`, 3],
    ["prints truncated JSON holding the secret", `{"Version":1,"AccessKeyId":"${SOURCE.key}","SecretAccessKey":${SOURCE.secret}`, 0],
    ["prints Version 2 credentials", { Version: 2, AccessKeyId: SOURCE.key, SecretAccessKey: SOURCE.secret, SessionToken: SOURCE.token }, 0],
    ["prints expired credentials", { Version: 1, AccessKeyId: SOURCE.key, SecretAccessKey: SOURCE.secret, SessionToken: SOURCE.token, Expiration: "2001-01-01T00:00:00Z" }, 0],
  ];
  it.each(processCases)("credential_process %s", async (_name, output, exitCode) => {
    const home = tempAwsHome();
    const command = credentialProcessScript(home, "creds", output, exitCode);
    // The failing script also writes the secret and token to stderr.
    const leaky = exitCode ? home.write("leaky.mjs", `process.stderr.write(${JSON.stringify(`${SOURCE.secret} ${SOURCE.token}`)}); process.exit(${exitCode});`) : undefined;
    const files = tempAwsHome({ config: `[profile p]\ncredential_process = ${leaky ? `"${process.execPath}" "${leaky}"` : command}\n` });
    const { error, calls } = await chainSend(files.env, "p");
    expect((error as Error).message).toMatch(/credential_process/);
    expectNoLeak(error, calls, sourceSecrets);
  });

  const containerCases: [string, (req: CapturedRequest) => ScriptedResponse][] = [
    ["answers 403 quoting the Authorization token it was sent", (req) => ({ status: 403, body: JSON.stringify({ Code: "AccessDenied", Message: `token ${req.headers.authorization} is not allowed` }) })],
    ["answers with invalid JSON holding the secret", () => ({ status: 200, body: `{"AccessKeyId":"${SOURCE.key}","SecretAccessKey":${SOURCE.secret},"Token":"${SOURCE.token}"}` })],
  ];
  it.each(containerCases)("the container endpoint %s", async (_name, respond) => {
    const container = await startCaptureServer();
    try {
      container.respond(respond);
      const home = tempAwsHome();
      const env = { ...home.env, AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.endpoint}/creds`, AWS_CONTAINER_AUTHORIZATION_TOKEN: `Bearer ${SOURCE.token}` };
      const { error, calls } = await chainSend(env);
      expect(container.requests.length).toBeGreaterThan(0);
      expectNoLeak(error, calls, { ...sourceSecrets, containerAuthorization: SOURCE.token });
    } finally {
      await container.close();
    }
  });

  it("a shared credentials profile with a key and token but no secret", async () => {
    const files = tempAwsHome({ credentials: `[p]\naws_access_key_id = ${SOURCE.key}\naws_session_token = ${SOURCE.token}\n` });
    const { error, calls } = await chainSend(files.env, "p");
    expectNoLeak(error, calls, { sessionToken: SOURCE.token });
  });

  it("environment variables with a key and token but no secret", async () => {
    const home = tempAwsHome();
    const { error, calls } = await chainSend({ ...home.env, AWS_ACCESS_KEY_ID: SOURCE.key, AWS_SESSION_TOKEN: SOURCE.token });
    expectNoLeak(error, calls, { sessionToken: SOURCE.token });
  });
});

it("a successful send logs nothing secret at any level", async () => {
  server.requests.length = 0;
  server.respond({ status: 200, body: '{"UUID":"u","State":"Enabled"}' });
  const { logger, calls } = capturingLogger();
  const client = new LambdaClient({ region: "us-east-1", endpoint: server.endpoint, credentials: KEYS, logger });
  await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
  client.destroy();
  expect(calls.map((c) => c.level)).toContain("info");
  expectNoLeak(undefined, calls, secretsOf(server.requests[0]));
});
