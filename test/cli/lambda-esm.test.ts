import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { renderCliDoc, CLI_DOC } from "../../scripts/cli-docs.js";
import { AWS_CLI, thirdPartyTool } from "../support/third-party-tool.js";
import { BIN, cliRunner, inBatches, runProcess, shellQuote, type CliRunner } from "./support/cli-runner.js";

// What lambda-esm adds to the AWS CLI, and the defects issue 9 lists, through dist/cli/main.js child processes
// against local services started here.

let cli: CliRunner;
let local: LocalLambda;
let slow: LocalLambda;
const QUEUE = "arn:aws:sqs:us-east-1:123456789012:cli";

beforeAll(async () => {
  cli = cliRunner();
  [local, slow] = await Promise.all([startLocalLambda({ transitionDelayMs: 200 }), startLocalLambda({ transitionDelayMs: 600_000 })]);
});
afterAll(async () => {
  await Promise.all([local?.close(), slow?.close()]);
  cli?.dispose();
});

const at = (service: LocalLambda) => ["--endpoint-url", service.endpoint];
const createArgs = (service: LocalLambda, queue: string) => ["create", "--function-name", "fn", "--event-source-arn", queue, ...at(service), "--query", "UUID", "--output", "text"];

describe("--profile", () => {
  it("resolves exactly as AWS_PROFILE: the profile's endpoint_url and its services section; region from AWS_DEFAULT_REGION", async () => {
    const config = join(cli.dir, "profiles");
    writeFileSync(
      config,
      `[profile direct]\nregion = us-east-1\nendpoint_url = ${local.endpoint}\naws_access_key_id = test\naws_secret_access_key = test\n` +
        `[profile viaservices]\nregion = us-east-1\nservices = loc\naws_access_key_id = test\naws_secret_access_key = test\n` +
        `[services loc]\nlambda =\n  endpoint_url = ${local.endpoint}\n`,
    );
    // Credentials from the profile only, as a user of profiles has them.
    const env = { AWS_CONFIG_FILE: config, AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_REGION: undefined };
    const runs = await inBatches(
      [
        [["list", "--profile", "direct"], env],
        [["list"], { ...env, AWS_PROFILE: "direct" }],
        [["list", "--profile", "viaservices"], env],
        [["list"], { ...env, AWS_PROFILE: "viaservices" }],
        [["list", "--profile", "missing"], env],
        [["list", "--endpoint-url", local.endpoint], { AWS_REGION: undefined }],
        [["list", "--endpoint-url", local.endpoint], { AWS_REGION: undefined, AWS_DEFAULT_REGION: "us-east-1" }],
      ] as const,
      3,
      ([args, e]) => cli.run(args, { env: e }),
    );
    for (const run of runs.slice(0, 4)) expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(runs[0]!.stdout).toMatch(/"EventSourceMappings"/);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[3]!.stdout).toBe(runs[2]!.stdout);
    expect(runs[4]).toMatchObject({ code: 255, stderr: "\nThe config profile (missing) could not be found\n" });
    // No region anywhere: the AWS CLI's message and exit code 253; AWS_DEFAULT_REGION counts, as in the AWS CLI.
    expect(runs[5]).toMatchObject({ code: 253, stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n' });
    expect(runs[6]).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("wait", () => {
  it("exits 0 once enabled and prints the mapping; exits 255 naming the last state when it cannot happen or times out", { timeout: 60_000 }, async () => {
    const [uuid, stuck] = await Promise.all([cli.run(createArgs(local, `${QUEUE}-wait`)), cli.run(createArgs(slow, `${QUEUE}-stuck`))]);
    const [enabled, opposite, timeout] = await Promise.all([
      cli.run(["wait", "enabled", "--uuid", uuid.stdout.trim(), "--min-delay", "0.1", ...at(local)]),
      cli.run(["wait", "disabled", "--uuid", uuid.stdout.trim(), "--min-delay", "0.1", ...at(local)]),
      // --timeout 1 with the default delays: no "maxWaitTime must be greater than minDelay" from the waiter library.
      cli.run(["wait", "enabled", "--uuid", stuck.stdout.trim(), "--timeout", "1", ...at(slow)]),
    ]);
    expect(enabled, enabled.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(enabled.stdout)).toMatchObject({ UUID: uuid.stdout.trim(), State: "Enabled" });
    expect(opposite.code).toBe(255);
    expect(opposite.stderr).toMatch(/^\nWaiter EventSourceMappingDisabled failed: .*last state: Enabled/);
    expect(timeout.code).toBe(255);
    expect(timeout.stderr).toMatch(/^\nWaiter EventSourceMappingEnabled failed: Max wait time exceeded: .* after 1 s \(last state: Creating/);
    expect(timeout.stderr).not.toMatch(/maxWaitTime|WaiterConfiguration/);
  });
});

describe("serve", () => {
  it("prints the endpoint, and the exports a shell needs (endpoint, credentials, region); stops on SIGTERM", async () => {
    const child = cli.spawn(["serve", "--region", "eu-west-1"]);
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const endpoint = await new Promise<string>((resolve) => child.stdout!.setEncoding("utf8").once("data", (c: string) => resolve(c.trim())));
    while (!stderr.includes("export")) await new Promise((r) => setTimeout(r, 50));
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stderr).toContain(`export AWS_ENDPOINT_URL_LAMBDA=${endpoint} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=eu-west-1`);
    // The exported settings alone are enough for the next command.
    const list = await cli.run(["list"], { env: { AWS_ENDPOINT_URL_LAMBDA: endpoint, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_REGION: "eu-west-1" } });
    expect(list, list.stderr).toMatchObject({ code: 0, stdout: '{\n    "EventSourceMappings": []\n}\n' });
    // Pasted into a shell, as a user would: the next lambda-esm command and the AWS CLI (with the flag the hint adds for
    // versions before 2.13, such as Debian's) both reach the service and print the same.
    const exports = /^ {2}(export .*)$/m.exec(stderr)![1]!;
    const flag = /add (--endpoint-url "\$AWS_ENDPOINT_URL_LAMBDA")$/m.exec(stderr)?.[1];
    expect(flag, stderr).toBeDefined();
    if (hasAws) {
      const script = [
        exports,
        `${shellQuote(process.execPath)} ${shellQuote(BIN)} create-event-source-mapping --function-name fn --event-source-arn ${QUEUE} --query State --output text`,
        `${shellQuote(process.execPath)} ${shellQuote(BIN)} list-event-source-mappings --query 'EventSourceMappings[].[FunctionArn,State]' > esm.out; echo "esm $?"`,
        `${AWS_CLI} lambda list-event-source-mappings ${flag} --query 'EventSourceMappings[].[FunctionArn,State]' > aws.out; echo "aws $?"`,
        "cmp esm.out aws.out && echo same && cat aws.out",
      ].join("\n");
      const shell = await runProcess("/bin/sh", ["-c", script], cli.baseEnv, cli.dir);
      expect(shell.stdout, shell.stderr).toBe(`Creating\nesm 0\naws 0\nsame\n[\n    [\n        "arn:aws:lambda:eu-west-1:123456789012:function:fn",\n        "Enabled"\n    ]\n]\n`);
    }
    const code = await new Promise<number | null>((resolve) => {
      child.on("close", resolve);
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
  });
});

describe("usage", () => {
  it("names missing flags, suggests the nearest flag, rejects misspelled JSON members; never a JavaScript message", async () => {
    const [missing, typo, json, skeleton] = await Promise.all([
      cli.run(["create-event-source-mapping", "--event-source-arn", QUEUE, ...at(local)]),
      cli.run(["create", "--function-name", "fn", "--batch-sise", "3", ...at(local)]),
      cli.run(["create", "--cli-input-json", '{"FunctionName":"fn","batchSize":7}', ...at(local)]),
      cli.run(["create", "--generate-cli-skeleton"]),
    ]);
    expect(missing.code).toBe(252);
    // argparse's ending, a blank line, included.
    expect(missing.stderr).toMatch(/\nlambda-esm: error: the following arguments are required: --function-name\n\n$/);
    expect(typo.code).toBe(252);
    expect(typo.stderr).toMatch(/Unknown options: --batch-sise, 3\nDid you mean --batch-size\?\n\n$/);
    expect(json.code).toBe(252);
    expect(json.stderr).toMatch(/^\nParameter validation failed:\nUnknown parameter in input: "batchSize", must be one of: FunctionName, /);
    expect(JSON.parse(skeleton.stdout)).toMatchObject({ FunctionName: "", BatchSize: 0, Enabled: true, ScalingConfig: { MaximumConcurrency: 0 } });
    for (const run of [missing, typo, json]) expect(run.stderr).not.toMatch(/Error:|at .*\.js|undefined/);
  });

  it("--debug prints requests and responses with the signature and content hash redacted", async () => {
    const run = await cli.run(["list", "--debug", ...at(local)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/DEBUG - Sending GET http:\/\/127\.0\.0\.1:\d+\/2015-03-31\/event-source-mappings/);
    expect(run.stderr).toContain("authorization: <redacted>");
    expect(run.stderr).toMatch(/DEBUG - Response 200/);
    expect(run.stderr).not.toMatch(/Signature=|Credential=/);
    // Temporary credentials: neither the secret nor the session token is printed, though both take part in the request.
    const temporary = await cli.run(["get", "--uuid", "nope", "--debug", ...at(local)], {
      env: { AWS_ACCESS_KEY_ID: "ASIATEMPORARY", AWS_SECRET_ACCESS_KEY: "secret-do-not-print", AWS_SESSION_TOKEN: "token-do-not-print" },
    });
    expect(temporary.stderr).toMatch(/DEBUG - Sending GET /);
    expect(temporary.stderr).toContain("x-amz-security-token: <redacted>");
    expect(temporary.stderr).not.toMatch(/do-not-print|Signature=/);
  });

  it("help lists each flag once, only the options that apply, and the completion script knows every command", async () => {
    const [create, filter, bash] = await Promise.all([cli.run(["create-event-source-mapping", "--help"]), cli.run(["test-filter", "--help"]), cli.run(["completion", "bash"])]);
    for (const flag of ["--maximum-batching-window-in-seconds", "--filter-criteria", "--destination-config", "--bisect-batch-on-function-error | --no-bisect-batch-on-function-error", "--kms-key-arn", "--provisioned-poller-config", "--cli-input-json"]) {
      expect(create.stdout).toContain(flag);
    }
    expect(create.stdout).not.toContain("(repeatable)");
    expect(filter.stdout).not.toMatch(/--endpoint-url|--query|--no-paginate/);
    expect(bash.stdout).toContain("complete -o default -F _lambda_esm lambda-esm");
    expect(bash.stdout).toMatch(/get-event-source-mapping\|get\) flags="[^"]*--uuid/);
  });
});

describe("docs/cli.md", () => {
  it("is what scripts/cli-docs.ts generates from the command definitions (npm run docs:cli)", async () => {
    expect(readFileSync(CLI_DOC, "utf8")).toBe(await renderCliDoc());
  });
});

const hasAws = thirdPartyTool("AWS CLI v2 (Debian awscli)", [AWS_CLI, "--version"]);
describe.skipIf(!hasAws)("examples/aws-cli-script.sh", () => {
  it("prints the same and exits the same through aws lambda and, renamed, through lambda-esm", { timeout: 120_000 }, async () => {
    const script = fileURLToPath(new URL("../../examples/aws-cli-script.sh", import.meta.url));
    const bin = join(cli.dir, "bin");
    mkdirSync(bin);
    symlinkSync(AWS_CLI, join(bin, "aws"));
    writeFileSync(join(bin, "lambda-esm"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, "lambda-esm"), 0o755);
    const renamed = join(cli.dir, "esm-script.sh");
    writeFileSync(renamed, readFileSync(script, "utf8").replaceAll("aws lambda ", "lambda-esm "));
    const env = { ...cli.baseEnv, PATH: `${bin}:${process.env.PATH}`, ENDPOINT_URL: local.endpoint };
    const [aws, esm] = await Promise.all([
      runProcess("/bin/sh", [script], { ...env, PREFIX: "aws-" }, cli.dir),
      runProcess("/bin/sh", [renamed], { ...env, PREFIX: "esm-" }, cli.dir),
    ]);
    expect(aws.code, aws.stderr).toBe(0);
    expect(esm.code, esm.stderr).toBe(0);
    expect(aws.stdout).toContain("get of a missing mapping exits 254");
    expect(aws.stdout).toContain("create without --function-name exits 252");
    expect(esm.stdout).toBe(aws.stdout);
  });
});
