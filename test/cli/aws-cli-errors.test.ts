import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AWS_CLI, DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { cliRunner, inBatches, runProcess, type CliRun, type CliRunner } from "./support/cli-runner.js";

/*
 * Mistakes on the command line and credential precedence, lambda-esm against the real AWS CLI v2 (Debian's awscli)
 * on the same local service: same exit code, same stdout, same stderr (the AWS CLI's batch runner names itself in
 * argparse errors, normalized to the command name). JSON parameter errors carry Python's json wording and position,
 * --query errors Python's jmespath wording, column and caret; --page-size is checked against the model's minimum
 * before a request; env keys win over AWS_PROFILE but not over --profile, as in botocore's credential chain.
 */
const available = thirdPartyTool("AWS CLI v2 (Debian awscli)", [AWS_CLI, "--version"]);
const BATCH = fileURLToPath(new URL("../conformance/support/aws-cli-batch.py", import.meta.url));
const QUEUE = "arn:aws:sqs:us-east-1:123456789012:errors";
/** Keys the service accepts: the environment's. The profile's keys are refused, so which one signed shows. */
const ENV_KEY = { accessKeyId: "AKIDENVIRONMENT", secretAccessKey: "env-secret" };

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
}

const cases = (endpoint: string): Case[] => {
  const at = ["--endpoint-url", endpoint];
  const create = ["create-event-source-mapping", "--function-name", "fn", "--event-source-arn", QUEUE, ...at];
  return [
    { name: "--query incomplete", args: ["list-event-source-mappings", ...at, "--query", "EventSourceMappings[?"] },
    { name: "--query unexpected token", args: ["list-event-source-mappings", ...at, "--query", "EventSourceMappings[0]]"] },
    { name: "--query tokens after an expression", args: ["list-event-source-mappings", ...at, "--query", "EventSourceMappings UUID"] },
    { name: "--query expecting a token", args: ["list-event-source-mappings", ...at, "--query", "[UUID,State"] },
    { name: "--query unknown character", args: ["list-event-source-mappings", ...at, "--query", "UUID#"] },
    { name: "--page-size under the minimum", args: ["list-event-source-mappings", ...at, "--page-size", "-1"] },
    { name: "--page-size not an integer", args: ["list-event-source-mappings", ...at, "--page-size", "two"] },
    { name: "--max-items not an integer", args: ["list-event-source-mappings", ...at, "--max-items", "1.5"] },
    { name: "--no-paginate --max-items not an integer", args: ["list-event-source-mappings", ...at, "--no-paginate", "--max-items", "x"] },
    { name: "--batch-size not an integer: Python's int() message, exit 255", args: [...create, "--batch-size", "abc"] },
    { name: "--batch-size quoted as Python's repr quotes it", args: [...create, "--batch-size", "it's"] },
    { name: "--batch-size with spaces and underscores is an integer", args: ["update-event-source-mapping", ...at, "--uuid", "00000000-0000-0000-0000-000000000000", "--batch-size", " 1_0 "] },
    { name: "--page-size quoted as Python's repr quotes it", args: ["list-event-source-mappings", ...at, "--page-size", "it's"] },
    { name: "shorthand: not an integer where one belongs", args: [...create, "--scaling-config", "MaximumConcurrency=abc"] },
    { name: "JSON: a string where an integer belongs is not converted", args: [...create, "--scaling-config", '{"MaximumConcurrency": "5"}'] },
    { name: "JSON: a list where a string belongs, shown as Python shows it", args: [...create, "--destination-config", '{"OnFailure": {"Destination": [1, true, null]}}'] },
    { name: "JSON: a misspelled member", args: [...create, "--scaling-config", '{"Max": 1}'] },
    { name: "JSON: property name", args: [...create, "--filter-criteria", "{Filters: []}"] },
    { name: "JSON: trailing comma", args: [...create, "--filter-criteria", '{"Filters": [{"Pattern": "{}"},]}'] },
    { name: "JSON: missing delimiter on line 2", args: [...create, "--filter-criteria", '{\n  "Filters" []\n}'] },
    { name: "JSON: unterminated string", args: [...create, "--destination-config", '{"OnFailure": {"Destination": "arn'] },
    { name: "JSON: bad escape in a list", args: [...create, "--source-access-configurations", '[{"Type": "BASIC_AUTH", "URI": "a\\qb"}]'] },
    { name: "JSON: extra data", args: [...create, "--scaling-config", '{"MaximumConcurrency": 2} x'] },
    { name: "--cli-input-json not JSON", args: ["create-event-source-mapping", ...at, "--cli-input-json", '{"FunctionName": "fn",}'] },
    { name: "AWS_PROFILE: the environment's keys sign", args: ["list-event-source-mappings", ...at, "--query", "EventSourceMappings[].EventSourceArn"], env: { AWS_PROFILE: "keys" } },
    { name: "--profile: the profile's keys sign", args: ["list-event-source-mappings", ...at, "--profile", "keys", "--query", "EventSourceMappings[].EventSourceArn"] },
    { name: "--profile without keys: the environment's are not used", args: ["list-event-source-mappings", ...at, "--profile", "nokeys"] },
    { name: "AWS_PROFILE without keys: the environment's are used", args: ["list-event-source-mappings", ...at, "--query", "length(EventSourceMappings)"], env: { AWS_PROFILE: "nokeys" } },
  ];
};

describe.skipIf(!available)("usage errors and credential precedence, as the AWS CLI v2 has them", () => {
  let cli: CliRunner;
  let local: LocalLambda;
  const results = new Map<string, { aws: CliRun; esm: CliRun }>();

  beforeAll(async () => {
    cli = cliRunner();
    local = await startLocalLambda({ credentials: ENV_KEY });
    writeFileSync(join(cli.dir, "config"), "[default]\nregion = us-east-1\n[profile keys]\nregion = us-east-1\n[profile nokeys]\nregion = us-east-1\n");
    writeFileSync(join(cli.dir, "credentials"), "[keys]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n");
    const env = {
      ...cli.baseEnv,
      AWS_CONFIG_FILE: join(cli.dir, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(cli.dir, "credentials"),
      AWS_ACCESS_KEY_ID: ENV_KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: ENV_KEY.secretAccessKey,
      AWS_MAX_ATTEMPTS: "1",
    };
    const created = await cli.run(["create-event-source-mapping", "--function-name", "fn", "--event-source-arn", QUEUE, "--endpoint-url", local.endpoint], { env });
    if (created.code !== 0) throw new Error(created.stderr);
    const list = cases(local.endpoint);
    const [batch, ours] = await Promise.all([
      runProcess(DEBIAN_PYTHON, [BATCH], env, cli.dir, JSON.stringify(list.map((c) => ({ name: c.name, argv: ["lambda", ...c.args], env: c.env ?? {} })))),
      inBatches(list, 2, (c) => cli.run(c.args, { env: { ...env, ...c.env } })),
    ]);
    if (batch.code !== 0) throw new Error(`aws-cli-batch.py failed (${batch.code}): ${batch.stderr}`);
    const theirs = JSON.parse(batch.stdout) as { name: string; rc: number; stdout: string; stderr: string }[];
    list.forEach((c, i) => {
      const aws = theirs.find((r) => r.name === c.name)!;
      results.set(c.name, { aws: { code: aws.rc, stdout: aws.stdout, stderr: aws.stderr }, esm: ours[i]! });
    });
  }, 240_000);

  afterAll(async () => {
    await local?.close();
    cli?.dispose();
  });

  /** The batch runner's argparse calls itself aws-cli-batch.py; /usr/bin/aws says "aws". */
  const normalize = (text: string): string =>
    text
      .replace(/^usage: [\w.-]+ \[options\].*\n(?:.*\n)*?\n(?=[\w.-]+: error: )/m, "<usage>\n")
      .replace(/^[\w.-]+: error: /m, "error: ");

  it.each(available ? cases("").map((c) => [c.name] as const) : [])("%s", (name) => {
    const { aws, esm } = results.get(name)!;
    expect(esm.code, `lambda-esm stderr: ${esm.stderr}`).toBe(aws.code);
    expect(esm.stdout).toBe(aws.stdout);
    expect(normalize(esm.stderr)).toBe(normalize(aws.stderr));
  });

  it("shows which key signed: the environment's for AWS_PROFILE, the profile's (refused) for --profile", () => {
    expect(JSON.parse(results.get("AWS_PROFILE: the environment's keys sign")!.esm.stdout)).toEqual([QUEUE]);
    expect(results.get("--profile: the profile's keys sign")!.esm).toMatchObject({ code: 254, stdout: "" });
    expect(results.get("--profile without keys: the environment's are not used")!.esm.code).toBe(253);
    // A JSON mistake is never worded by V8 (`Expected ... in JSON at position`), a --query mistake never by the JS library.
    for (const [, { esm }] of results) expect(esm.stderr).not.toMatch(/in JSON at position|Invalid token \(|Error: |at file:/);
  });
});
