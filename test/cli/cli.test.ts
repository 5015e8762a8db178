import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startCaptureServer, type CaptureServer, type ScriptedResponse } from "../support/capture-server.js";
import { buildCli, type CliRunner } from "./support/cli-runner.js";

// The CLI as a real child process against a scripted loopback server: argv -> request, response -> stdout/exit code.

const UUID = "14e0db71-5d35-4eb5-b481-8945cf9d10c2";
const mapping = (state: string, extra: object = {}): ScriptedResponse => ({
  status: 200,
  body: JSON.stringify({ UUID, State: state, BatchSize: 10, LastModified: 1700000000.5, FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:f", ...extra }),
});
const notFound: ScriptedResponse = {
  status: 404,
  headers: { "x-amzn-errortype": "ResourceNotFoundException" },
  body: JSON.stringify({ Type: "User", Message: "The resource you requested does not exist." }),
};

let cli: CliRunner;
let server: CaptureServer;
beforeAll(async () => {
  [cli, server] = await Promise.all([buildCli(), startCaptureServer()]);
});
afterAll(async () => {
  cli.dispose();
  await server.close();
});
afterEach(() => {
  server.requests.length = 0;
  server.respond({ status: 200, body: "{}" });
});

const run = (...args: string[]) => cli.run(["--endpoint", server.endpoint, ...args]);

describe("service subcommands", () => {
  it("get: sends GetEventSourceMapping signed with the env credentials and prints the output as JSON", async () => {
    server.queue(mapping("Enabled"));
    const result = await run("get", UUID);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({
      UUID,
      State: "Enabled",
      BatchSize: 10,
      LastModified: "2023-11-14T22:13:20.500Z",
      FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:f",
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(`${request!.method} ${request!.path}`).toBe(`GET /2015-03-31/event-source-mappings/${UUID}`);
    expect(request!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-east-1\/lambda\/aws4_request/);
  });

  it("create: maps every flag to its member, merges --input-json under them and reads @files", async () => {
    const patternFile = join(cli.dir, "pattern.json");
    writeFileSync(patternFile, '{"body":{"type":["refund"]}}\n');
    server.queue(mapping("Creating"));
    const result = await run(
      "create",
      "--function-name", "f",
      "--event-source-arn", "arn:aws:kinesis:us-east-1:123456789012:stream/s",
      "--batch-size", "5",
      "--no-enabled",
      "--starting-position", "AT_TIMESTAMP",
      "--maximum-batching-window", "3",
      "--filter", '{"body":{"type":["order"]}}',
      "--filter", `@${patternFile}`,
      "--input-json", '{"BatchSize":1,"MaximumRetryAttempts":2,"StartingPositionTimestamp":"2024-01-02T03:04:05Z"}',
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ UUID, State: "Creating" });
    const [request] = server.requests;
    expect(`${request!.method} ${request!.path}`).toBe("POST /2015-03-31/event-source-mappings");
    expect(JSON.parse(request!.body)).toEqual({
      FunctionName: "f",
      EventSourceArn: "arn:aws:kinesis:us-east-1:123456789012:stream/s",
      BatchSize: 5,
      Enabled: false,
      StartingPosition: "AT_TIMESTAMP",
      StartingPositionTimestamp: Date.parse("2024-01-02T03:04:05Z") / 1000,
      MaximumBatchingWindowInSeconds: 3,
      MaximumRetryAttempts: 2,
      FilterCriteria: { Filters: [{ Pattern: '{"body":{"type":["order"]}}' }, { Pattern: '{"body":{"type":["refund"]}}' }] },
    });
  });

  it("update: puts the UUID in the path and the flags in the body", async () => {
    server.queue(mapping("Enabling"));
    const result = await run("update", UUID, "--enabled", "--batch-size", "7");
    expect(result.code).toBe(0);
    const [request] = server.requests;
    expect(`${request!.method} ${request!.path}`).toBe(`PUT /2015-03-31/event-source-mappings/${UUID}`);
    expect(JSON.parse(request!.body)).toEqual({ Enabled: true, BatchSize: 7 });
  });

  it("delete: sends DeleteEventSourceMapping", async () => {
    server.queue(mapping("Deleting"));
    const result = await run("delete", UUID);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).State).toBe("Deleting");
    expect(`${server.requests[0]!.method} ${server.requests[0]!.path}`).toBe(`DELETE /2015-03-31/event-source-mappings/${UUID}`);
  });

  it("list: one page with its query, NextMarker kept", async () => {
    server.queue({ status: 200, body: JSON.stringify({ EventSourceMappings: [{ UUID, State: "Enabled" }], NextMarker: "m1" }) });
    const result = await run("list", "--function-name", "f", "--event-source-arn", "arn:aws:sqs:us-east-1:123456789012:q", "--max-items", "1");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ EventSourceMappings: [{ UUID, State: "Enabled" }], NextMarker: "m1" });
    expect(new URLSearchParams(server.requests[0]!.query).get("FunctionName")).toBe("f");
    expect(new URLSearchParams(server.requests[0]!.query).get("MaxItems")).toBe("1");
    expect(new URLSearchParams(server.requests[0]!.query).get("EventSourceArn")).toBe("arn:aws:sqs:us-east-1:123456789012:q");
  });

  it("list --all: follows NextMarker and prints every mapping as one list", async () => {
    server.queue(
      { status: 200, body: JSON.stringify({ EventSourceMappings: [{ UUID: "a" }], NextMarker: "m1" }) },
      { status: 200, body: JSON.stringify({ EventSourceMappings: [{ UUID: "b" }] }) },
    );
    const result = await run("list", "--all", "--max-items", "1");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ EventSourceMappings: [{ UUID: "a" }, { UUID: "b" }] });
    expect(server.requests.map((r) => new URLSearchParams(r.query).get("Marker"))).toEqual([null, "m1"]);
  });

  it("--output table renders a mapping as KEY/VALUE rows and a list as columns", async () => {
    server.queue(mapping("Enabled"));
    const one = await run("get", UUID, "--output", "table");
    expect(one.code).toBe(0);
    expect(one.stdout.split("\n")[0]).toMatch(/^KEY\s+VALUE$/);
    expect(one.stdout).toMatch(/^State\s+Enabled$/m);
    expect(one.stdout).toMatch(/^LastModified\s+2023-11-14T22:13:20\.500Z$/m);
    server.queue({ status: 200, body: JSON.stringify({ EventSourceMappings: [{ UUID, State: "Disabled", BatchSize: 3 }], NextMarker: "m2" }) });
    const list = await run("--output=table", "list");
    expect(list.stdout).toMatch(/^UUID\s+STATE\s+FUNCTION\s+EVENT SOURCE\s+BATCH\s+LAST MODIFIED$/m);
    expect(list.stdout).toMatch(new RegExp(`^${UUID}\\s+Disabled\\s+3$`, "m"));
    expect(list.stdout).toContain("More: --marker m2");
  });

  it("--region and --profile reach the signer", async () => {
    writeFileSync(join(cli.dir, "config"), "[profile other]\nregion = ap-southeast-2\n");
    writeFileSync(join(cli.dir, "credentials"), "[other]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n");
    server.respond(mapping("Enabled"));
    const regional = await run("get", UUID, "--region", "eu-west-1");
    expect(regional.code).toBe(0);
    expect(server.requests[0]!.headers.authorization).toContain("/eu-west-1/lambda/aws4_request");
    const profiled = await cli.run(["get", UUID, "--endpoint", server.endpoint, "--profile", "other"], {
      env: {
        AWS_CONFIG_FILE: join(cli.dir, "config"),
        AWS_SHARED_CREDENTIALS_FILE: join(cli.dir, "credentials"),
        AWS_REGION: undefined,
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
      },
    });
    expect(profiled.stderr).toBe("");
    expect(server.requests[1]!.headers.authorization).toContain("Credential=AKIDPROFILE/");
    expect(server.requests[1]!.headers.authorization).toContain("/ap-southeast-2/lambda/aws4_request");
  });
});

describe("errors", () => {
  it("prints a service error as name: message on stderr and exits 1", async () => {
    server.queue(notFound);
    const result = await run("get", UUID);
    expect(result).toEqual({ code: 1, stdout: "", stderr: "ResourceNotFoundException: The resource you requested does not exist.\n" });
  });

  it("rejects invalid input before sending unless --no-validate", async () => {
    const invalid = await run("create", "--function-name", "f", "--batch-size", "0");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint/);
    expect(server.requests).toHaveLength(0);
    server.queue(mapping("Creating"));
    const sent = await run("create", "--function-name", "f", "--batch-size", "0", "--no-validate");
    expect(sent.code).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ FunctionName: "f", BatchSize: 0 });
  });

  it.each([
    [["get", UUID, "--bogus"], "lambda-esm get: unknown option '--bogus'", "get"],
    [["get", UUID, "--batch-size", "1"], "lambda-esm get: unknown option '--batch-size'", "get"],
    [["get"], "lambda-esm get: missing argument (usage: lambda-esm get <uuid>)", "get"],
    [["get", UUID, "extra"], "lambda-esm get: unexpected argument 'extra'", "get"],
    [["update", UUID, "--batch-size"], "lambda-esm update: option '--batch-size' needs a value", "update"],
    [["update", UUID, "--batch-size", "ten"], "--batch-size expects an integer, got 'ten'", undefined],
    [["update", UUID, "--enabled", "--no-enabled"], "--enabled and --no-enabled cannot be used together", undefined],
    [["create", "--input-json", "[1]"], "--input-json must be a JSON object", undefined],
    [["create", "--input-json", "{nope"], "--input-json: not valid JSON", undefined],
    [["create", "--filter", "@/no/such/file.json"], "--filter: cannot read file '/no/such/file.json' (ENOENT)", undefined],
    [["lst"], "unknown command 'lst'; commands: create, get, list, update, delete, wait, local, validate-filter, test-filter", undefined],
    [["--function-name", "f", "list"], "Unknown option '--function-name' before the command", undefined],
    [["get", UUID, "--output", "xml"], "--output must be json or table, got 'xml'", undefined],
    [["wait", "ready", UUID], "lambda-esm wait: condition must be enabled, disabled, deleted or stable, got 'ready'", "wait"],
    [["wait", "enabled", UUID, "--timeout", "0"], "--timeout expects a positive number of seconds, got '0'", undefined],
    [["wait", "enabled", UUID, "--timeout", "-1"], "lambda-esm wait: option '--timeout' needs a value (write --timeout=-value", "wait"],
  ])("%j is a usage error (exit 2, nothing sent)", async (args, message, helpFor) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`UsageError: ${message}`);
    expect(result.stderr).toContain(`Run 'lambda-esm${helpFor ? ` ${helpFor}` : ""} --help' for usage.`);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects an --endpoint that is not a URL", async () => {
    const result = await cli.run(["get", UUID, "--endpoint", "localhost:99"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("UsageError: --endpoint must be an http(s) URL such as http://127.0.0.1:4566, got 'localhost:99'");
  });
});

describe("wait", () => {
  const fast = ["--min-delay", "0.01", "--max-delay", "0.02"];

  it("exits 0 and prints the mapping once it is enabled", async () => {
    server.queue(mapping("Creating"), mapping("Enabling"), mapping("Enabled"));
    const result = await run("wait", "enabled", UUID, ...fast);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ UUID, State: "Enabled" });
    expect(server.requests).toHaveLength(3);
  });

  it("exits 1 with a one-line reason when the mapping settles in the opposite state", async () => {
    server.queue(mapping("Disabled"));
    const result = await run("wait", "enabled", UUID, ...fast);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `Error: mapping ${UUID} will not become enabled: State is Disabled\n` });
  });

  it("exits 1 with a TimeoutError naming the last state", async () => {
    server.respond(mapping("Updating"));
    const result = await run("wait", "stable", UUID, "--timeout", "0.2", ...fast);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`TimeoutError: mapping ${UUID} is not stable after 0.2 s (State is Updating)\n`);
  });

  it("wait deleted succeeds on ResourceNotFoundException", async () => {
    server.queue(mapping("Deleting"), notFound);
    const result = await run("wait", "deleted", UUID, ...fast);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ UUID, Deleted: true });
  });

  it("turns inconsistent delays into a usage error", async () => {
    const result = await run("wait", "enabled", UUID, "--timeout", "1", "--min-delay", "2");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("UsageError: lambda-esm wait: maxWaitTime [1] must be greater than WaiterConfiguration.minDelay [2]");
  });
});

describe("help and version", () => {
  it("--version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await cli.run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists every command; each command has its own help", async () => {
    const top = await cli.run(["--help"]);
    expect(top.code).toBe(0);
    const commands = ["create", "get", "list", "update", "delete", "wait", "local", "validate-filter", "test-filter"];
    for (const name of commands) expect(top.stdout).toMatch(new RegExp(`^  ${name}\\s`, "m"));
    for (const name of commands) {
      const help = await cli.run([name, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: lambda-esm ${name} `));
      expect(help.stdout).toContain("--endpoint <url>");
    }
    expect((await cli.run(["help", "wait"])).stdout).toContain("--timeout <seconds>");
    expect((await cli.run(["create", "-h"])).stdout).toContain("--input-json <json|@file>");
  });

  it("with no command prints the help to stderr and exits 2", async () => {
    const result = await cli.run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: lambda-esm <command>");
  });
});
