import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer as createTcpServer, connect, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { createServer as createTlsServer } from "node:tls";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { AWS_CLI, DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";
import { cliRunner, inBatches, runProcess, type CliRun, type CliRunner } from "./support/cli-runner.js";

/*
 * The connection flags and settings against the real AWS CLI v2 (Debian's awscli), both in child processes on the
 * same endpoints: the local service behind a TLS proxy with a self-signed certificate (--ca-bundle, AWS_CA_BUNDLE,
 * the profile's ca_bundle, --no-verify-ssl, an untrusted certificate), a server that accepts and never answers
 * (--cli-read-timeout) and a listener whose accept queue is full, so connecting never completes (--cli-connect-timeout).
 * Same exit code, same stdout, same error line. Two differences are normalized, each for a reason of its own: the AWS
 * CLI's botocore model ends the list URL with a slash (the model lambda-esm and the SDK v3 use does not), and Python
 * appends its source position `(_ssl.c:NNN)` to certificate errors.
 */
const available = thirdPartyTool("AWS CLI v2 (Debian awscli)", [AWS_CLI, "--version"]);
const FIXTURES = fileURLToPath(new URL("../http/fixtures/", import.meta.url));
const CERT = join(FIXTURES, "localhost-cert.pem");
const BATCH = fileURLToPath(new URL("../conformance/support/aws-cli-batch.py", import.meta.url));
const QUEUE = "arn:aws:sqs:us-east-1:123456789012:connection-options";

/**
 * A listener that never accepts, with its queue filled by other connections: a new connection never completes.
 * Connections are added until one does not complete within 2 s, so the queue is known to be full before the port is
 * printed (on a busy machine the kernel may finish the fillers' handshakes late, and a client that got in first
 * would wait for an answer instead of a connection).
 */
const FULL_BACKLOG = `
import select, socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
port = s.getsockname()[1]
fillers = []
while True:
    c = socket.socket(); c.setblocking(False)
    try: c.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    fillers.append(c)
    if not select.select([], [c], [], 2)[1]: break
    if len(fillers) > 64: sys.exit("the accept queue never filled")
print(port, flush=True)
sys.stdin.read()
`;

interface Case {
  name: string;
  args: string[];
  /** Set for this command; `null` unsets. */
  env?: Record<string, string | null>;
  /** Also compare stderr's last line. @default true */
  compareStderr?: boolean;
}

describe.skipIf(!available)("connection options, as the AWS CLI v2 treats them", () => {
  let cli: CliRunner;
  let local: LocalLambda;
  let tlsProxy: Server;
  let silent: Server;
  let blackhole: ChildProcess;
  const sockets = new Set<Socket>();
  const urls = { tls: "", silent: "", blackhole: "" };
  const results = new Map<string, { aws: CliRun; esm: CliRun }>();

  const cases = (): Case[] => [
    { name: "--ca-bundle trusts the certificate", args: ["list-event-source-mappings", "--endpoint-url", urls.tls, "--ca-bundle", CERT, "--query", "EventSourceMappings[].[EventSourceArn,State,BatchSize]"] },
    { name: "AWS_CA_BUNDLE trusts the certificate", args: ["get-event-source-mapping", "--uuid", "00000000-0000-0000-0000-000000000000", "--endpoint-url", urls.tls], env: { AWS_CA_BUNDLE: CERT } },
    { name: "the profile's ca_bundle trusts the certificate", args: ["list-event-source-mappings", "--endpoint-url", urls.tls, "--profile", "tls", "--query", "EventSourceMappings[].[EventSourceArn,State,BatchSize]"], env: { AWS_ACCESS_KEY_ID: null, AWS_SECRET_ACCESS_KEY: null } },
    { name: "an untrusted certificate fails (255)", args: ["list-event-source-mappings", "--endpoint-url", urls.tls] },
    { name: "a missing CA bundle fails the https request (255)", args: ["list-event-source-mappings", "--endpoint-url", urls.tls, "--ca-bundle", join(FIXTURES, "missing.pem")] },
    { name: "--no-verify-ssl accepts any certificate", args: ["list-event-source-mappings", "--endpoint-url", urls.tls, "--no-verify-ssl", "--query", "EventSourceMappings[].[EventSourceArn,State,BatchSize]"], compareStderr: false },
    { name: "--cli-read-timeout", args: ["get-event-source-mapping", "--uuid", "x", "--endpoint-url", urls.silent, "--cli-read-timeout", "1"], env: { AWS_MAX_ATTEMPTS: "1" } },
    { name: "--cli-connect-timeout", args: ["list-event-source-mappings", "--endpoint-url", urls.blackhole, "--cli-connect-timeout", "1"], env: { AWS_MAX_ATTEMPTS: "1" } },
    { name: "connection refused, after the retries", args: ["list-event-source-mappings", "--endpoint-url", urls.silent.replace(/:\d+$/, ":1")], env: { AWS_MAX_ATTEMPTS: "2" } },
  ];

  beforeAll(async () => {
    cli = cliRunner();
    local = await startLocalLambda({});
    const localPort = Number(new URL(local.endpoint).port);
    // TLS terminated here, the bytes passed on to the local service (which checks the signature against the Host header).
    tlsProxy = createTlsServer({ key: readFileSync(join(FIXTURES, "localhost-key.pem")), cert: readFileSync(CERT) }, (client) => {
      const upstream = connect(localPort, "127.0.0.1");
      client.pipe(upstream).pipe(client);
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    silent = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await Promise.all([tlsProxy, silent].map((server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))));
    urls.tls = `https://127.0.0.1:${(tlsProxy.address() as { port: number }).port}`;
    urls.silent = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    blackhole = spawn(DEBIAN_PYTHON, ["-c", FULL_BACKLOG], { stdio: ["pipe", "pipe", "inherit"] });
    const port = await new Promise<string>((resolve, reject) => {
      blackhole.stdout!.setEncoding("utf8").once("data", (chunk: string) => resolve(chunk.trim()));
      blackhole.once("exit", (code) => reject(new Error(`the full-backlog listener exited (${code})`)));
    });
    urls.blackhole = `http://127.0.0.1:${port}`;

    writeFileSync(join(cli.dir, "config"), `[profile tls]\nregion = us-east-1\nca_bundle = ${CERT}\n`);
    writeFileSync(join(cli.dir, "credentials"), `[tls]\naws_access_key_id = test\naws_secret_access_key = test\n`);
    const created = await cli.run(["create-event-source-mapping", "--function-name", "fn", "--event-source-arn", QUEUE, "--endpoint-url", local.endpoint]);
    if (created.code !== 0) throw new Error(created.stderr);

    const env = { ...cli.baseEnv, AWS_CONFIG_FILE: join(cli.dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(cli.dir, "credentials") };
    // The AWS CLI's runs in one Python process (its entry point once per command), lambda-esm's meanwhile.
    const commands = cases().map((c) => ({ name: c.name, argv: ["lambda", ...c.args], env: c.env ?? {} }));
    const [batch, ours] = await Promise.all([
      runProcess(DEBIAN_PYTHON, [BATCH], env, cli.dir, JSON.stringify(commands)),
      inBatches(cases(), 3, (c) => cli.run(c.args, { env: { ...env, ...Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, v ?? undefined])) } })),
    ]);
    if (batch.code !== 0) throw new Error(`aws-cli-batch.py failed (${batch.code}): ${batch.stderr}`);
    const theirs = JSON.parse(batch.stdout) as { name: string; rc: number; stdout: string; stderr: string }[];
    cases().forEach((c, i) => {
      const aws = theirs.find((r) => r.name === c.name)!;
      results.set(c.name, { aws: { code: aws.rc, stdout: aws.stdout, stderr: aws.stderr }, esm: ours[i]! });
    });
  }, 300_000); // the AWS CLI retries TLS failures with backoff; on a busy machine its batch takes minutes

  afterAll(async () => {
    blackhole?.stdin?.end();
    blackhole?.kill();
    for (const socket of sockets) socket.destroy();
    await Promise.all([tlsProxy, silent].map((server) => server && new Promise((resolve) => server.close(resolve))));
    await local?.close();
    cli?.dispose();
  });

  /** The error line, with the two known differences normalized (see the top of this file). */
  const errorLine = (stderr: string): string =>
    (stderr.trim().split("\n").at(-1) ?? "").replace(/ \(_ssl\.c:\d+\)$/, "").replace(/\/event-source-mappings\/(["\s]|$)/, "/event-source-mappings$1");

  it.each(available ? cases().map((c) => [c.name, c] as const) : [])("%s", (name, c) => {
    const { aws, esm } = results.get(name)!;
    expect(esm.code, `lambda-esm stderr: ${esm.stderr}`).toBe(aws.code);
    expect(esm.stdout).toBe(aws.stdout);
    // Both whole stderrs in the failure message: what each side saw is what a flaky run needs to be understood.
    if (c.compareStderr !== false) expect(errorLine(esm.stderr), `AWS CLI stderr:\n${aws.stderr}\nlambda-esm stderr:\n${esm.stderr}`).toBe(errorLine(aws.stderr));
    if (aws.code === 0) expect(esm.stderr).toBe("");
  });

  it("reaches the mapping through each trusted TLS setting (the answers are not empty)", () => {
    for (const name of ["--ca-bundle trusts the certificate", "the profile's ca_bundle trusts the certificate", "--no-verify-ssl accepts any certificate"]) {
      expect(JSON.parse(results.get(name)!.esm.stdout)).toEqual([[QUEUE, "Enabled", 10]]);
    }
    expect(results.get("an untrusted certificate fails (255)")!.esm.stderr).toMatch(/SSL validation failed for https:\/\/127\.0\.0\.1:\d+\/2015-03-31\/event-source-mappings \[SSL: CERTIFICATE_VERIFY_FAILED\] certificate verify failed: self-signed certificate\n$/);
    expect(results.get("--cli-connect-timeout")!.esm.stderr).toMatch(/^\nConnect timeout on endpoint URL: "http:\/\/127\.0\.0\.1:\d+\/2015-03-31\/event-source-mappings"\n$/);
  });
});
