import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AWS_CLI, DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";
import { isolatedAwsEnv, startServices, type Services } from "../conformance/support/services.js";
import { cliRunner, inBatches, runProcess, type CliRun, type CliRunner } from "./support/cli-runner.js";

/*
 * lambda-esm against the real AWS CLI v2 (Debian's awscli), the same commands against the same local services:
 * stdout JSON equal, stderr equal, exit codes equal, for every operation, the pagination flags, --query,
 * --output text and table, every modeled error and usage errors. The AWS CLI's runs go through its entry point in
 * one Python process (test/conformance/support/aws-cli-batch.py); lambda-esm runs are dist/cli/main.js processes.
 *
 * Mutating commands run on each client's own resources (names ending in -aws / -esm), so their answers differ only
 * in UUIDs and times, which are masked. Read-only commands run afterwards on the same state and must print the
 * same bytes. Debian's CLI carries an older botocore model; members it does not know (it drops them) are dropped
 * from lambda-esm's JSON before comparing.
 */
const available = thirdPartyTool("AWS CLI v2 (Debian awscli)", [AWS_CLI, "--version"]);
const BATCH = fileURLToPath(new URL("../conformance/support/aws-cli-batch.py", import.meta.url));
const BOTOCORE_MODEL = "/usr/lib/python3/dist-packages/awscli/botocore/data/lambda/2015-03-31/service-2.json";
const QUEUE = "arn:aws:sqs:us-east-1:123456789012:parity";
const STREAM = "arn:aws:kinesis:us-east-1:123456789012:stream/parity";
const DLQ = "arn:aws:sqs:us-east-1:123456789012:dlq";

type Side = "aws" | "esm";
interface Case {
  name: string;
  args: (side: Side) => string[];
  /** Environment for this command; `{dir}` stands for the scratch directory (the working directory of both). */
  env?: Record<string, string>;
  /** Which service it talks to. @default "main" */
  service?: keyof Omit<Services, "close">;
  /** How to compare: `same` (bytes, after masking), `error-line` (the last stderr line and the exit code). @default "same" */
  compare?: "same" | "error-line";
}

const mutating: Case[] = [
  {
    name: "create-sqs",
    args: (s) => [
      "create-event-source-mapping", "--function-name", "fn", "--event-source-arn", `${QUEUE}-${s}`, "--batch-size", "7",
      "--filter-criteria", 'Filters=[{Pattern="{\\"body\\":{\\"type\\":[\\"order\\"]}}"}]', "--scaling-config", "MaximumConcurrency=5",
    ],
  },
  {
    name: "create-kinesis",
    args: (s) => [
      "create-event-source-mapping", "--function-name", "fn", "--event-source-arn", `${STREAM}-${s}`, "--starting-position", "LATEST",
      "--maximum-retry-attempts", "2", "--destination-config", JSON.stringify({ OnFailure: { Destination: DLQ } }), "--no-bisect-batch-on-function-error",
    ],
  },
  { name: "create-json-input", args: (s) => ["create-event-source-mapping", "--cli-input-json", JSON.stringify({ FunctionName: "other-fn", EventSourceArn: `${QUEUE}-json-${s}`, Enabled: false })] },
  { name: "create-json-file", args: (s) => ["create-event-source-mapping", "--cli-input-json", `file://input-${s}.json`, "--batch-size", "9"] },
  { name: "lowercase-enum", args: (s) => ["create-event-source-mapping", "--function-name", "fn", "--event-source-arn", `${STREAM}-lower-${s}`, "--starting-position", "latest"] },
  { name: "conflict", args: (s) => ["create-event-source-mapping", "--function-name", "fn", "--event-source-arn", `${QUEUE}-${s}`] },
  { name: "unknown-function", args: (s) => ["create-event-source-mapping", "--function-name", "nope", "--event-source-arn", `${QUEUE}-x-${s}`] },
  { name: "update", args: () => ["update-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--batch-size", "5", "--no-enabled"] },
  { name: "update-missing", args: () => ["update-event-source-mapping", "--uuid", "00000000-0000-0000-0000-000000000000", "--batch-size", "5"] },
  { name: "slow-create", service: "slow", args: (s) => ["create-event-source-mapping", "--function-name", "fn", "--event-source-arn", `${QUEUE}-slow-${s}`] },
  { name: "in-use", service: "slow", args: () => ["update-event-source-mapping", "--uuid", "{slow-create.UUID}", "--batch-size", "3"] },
  { name: "delete", args: () => ["delete-event-source-mapping", "--uuid", "{create-kinesis.UUID}"] },
];

const readOnly: Case[] = [
  { name: "get", args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}"] },
  { name: "get-text", args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--query", "{U:UUID,S:State,B:BatchSize,F:FilterCriteria}", "--output", "text"] },
  { name: "get-table", args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--query", "{UUID:UUID,State:State,Batch:BatchSize,Scaling:ScalingConfig}", "--output", "table"] },
  { name: "get-yaml", args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--query", "{U:UUID,B:BatchSize,F:FilterCriteria,S:ScalingConfig,T:LastModified,R:FunctionResponseTypes}", "--output", "yaml", "--no-cli-pager"] },
  { name: "default-output-env", env: { AWS_DEFAULT_OUTPUT: "text" }, args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--query", "[UUID,BatchSize,State]"] },
  { name: "profile-output", env: { AWS_CONFIG_FILE: "{dir}/text-output.config" }, args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--query", "[UUID,BatchSize,State]"] },
  { name: "env-output-over-profile", env: { AWS_CONFIG_FILE: "{dir}/text-output.config", AWS_DEFAULT_OUTPUT: "yaml" }, args: () => ["get-event-source-mapping", "--uuid", "{create-sqs.UUID}", "--query", "[UUID,BatchSize,State]"] },
  { name: "list", args: () => ["list-event-source-mappings"] },
  { name: "list-pages", args: () => ["list-event-source-mappings", "--page-size", "1", "--max-items", "2"] },
  { name: "list-resume", args: () => ["list-event-source-mappings", "--page-size", "2", "--max-items", "2", "--starting-token", "{list-pages.NextToken}"] },
  { name: "list-one-call", args: () => ["list-event-source-mappings", "--no-paginate", "--max-items", "1"] },
  { name: "list-query-text", args: () => ["list-event-source-mappings", "--function-name", "fn", "--page-size", "1", "--query", "EventSourceMappings[].[EventSourceArn,BatchSize]", "--output", "text"] },
  { name: "list-bad-token", args: () => ["list-event-source-mappings", "--starting-token", "abc"] },
  { name: "get-missing", args: () => ["get-event-source-mapping", "--uuid", "00000000-0000-0000-0000-000000000000"] },
  { name: "delete-missing", args: () => ["delete-event-source-mapping", "--uuid", "00000000-0000-0000-0000-000000000000"] },
  { name: "throttled", service: "throttling", env: { AWS_MAX_ATTEMPTS: "2" }, args: () => ["list-event-source-mappings"] },
  { name: "failing", service: "failing", env: { AWS_MAX_ATTEMPTS: "1" }, args: () => ["get-event-source-mapping", "--uuid", "00000000-0000-0000-0000-000000000000"] },
  { name: "missing-flag", args: () => ["get-event-source-mapping"], compare: "error-line" },
  { name: "unknown-flag", args: () => ["get-event-source-mapping", "--uuid", "x", "--uid", "y"], compare: "error-line" },
  { name: "no-paginate-conflict", args: () => ["list-event-source-mappings", "--no-paginate", "--page-size", "2"] },
  { name: "bad-output", args: () => ["get-event-source-mapping", "--uuid", "x", "--output", "xml"], compare: "error-line" },
  { name: "bad-member", args: () => ["create-event-source-mapping", "--function-name", "fn", "--scaling-config", "Maximum=3"], compare: "error-line" },
];

/** Members of each structure the installed AWS CLI's model knows. */
function botocoreMembers(): Map<string, Set<string>> {
  const model = JSON.parse(readFileSync(BOTOCORE_MODEL, "utf8")) as { shapes: Record<string, { members?: Record<string, unknown> }> };
  return new Map(Object.entries(model.shapes).map(([name, shape]) => [name, new Set(Object.keys(shape.members ?? {}))]));
}

describe.skipIf(!available)("lambda-esm prints what the AWS CLI v2 prints", () => {
  let services: Services;
  let isolated: ReturnType<typeof isolatedAwsEnv>;
  let cli: CliRunner;
  const results = new Map<string, { aws: CliRun; esm: CliRun }>();

  beforeAll(async () => {
    services = await startServices();
    isolated = isolatedAwsEnv();
    cli = cliRunner();
    const outputs: Record<Side, Map<string, unknown>> = { aws: new Map(), esm: new Map() };
    const resolve = (side: Side, args: string[]): string[] =>
      args.map((a) =>
        a.replace(/\{([a-z-]+)\.([A-Za-z]+)\}/g, (whole, name: string, field: string) => {
          const out = outputs[side].get(name) as Record<string, unknown> | undefined;
          return typeof out?.[field] === "string" ? (out[field] as string) : whole;
        }),
      );
    // Read-only cases look at the AWS CLI's resources from both clients (list-resume: each its own token).
    const refs = (c: Case, side: Side): Side => (mutating.includes(c) || c.name === "list-resume" ? side : "aws");
    const env = (c: Case): Record<string, string> => Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, v.replaceAll("{dir}", cli.dir)]));
    for (const side of ["aws", "esm"] as const) {
      writeFileSync(join(cli.dir, `input-${side}.json`), JSON.stringify({ FunctionName: "fn", EventSourceArn: `${QUEUE}-file-${side}`, BatchSize: 3 }));
    }
    writeFileSync(join(cli.dir, "text-output.config"), "[default]\nregion = us-east-1\noutput = text\n");
    const argv = (c: Case, side: Side) => ["lambda", ...resolve(refs(c, side), c.args(side)), "--endpoint-url", services[c.service ?? "main"].endpoint];
    const runAws = async (cases: Case[]) => {
      const commands = cases.map((c) => ({ name: c.name, argv: argv(c, "aws"), env: env(c) }));
      const batch = await runProcess(DEBIAN_PYTHON, [BATCH], { ...isolated.env, TZ: "UTC" }, cli.dir, JSON.stringify(commands));
      if (batch.code !== 0) throw new Error(`aws-cli-batch.py failed (${batch.code}): ${batch.stderr}`);
      for (const r of JSON.parse(batch.stdout) as { name: string; rc: number; stdout: string; stderr: string }[]) {
        results.set(r.name, { aws: { code: r.rc, stdout: r.stdout, stderr: r.stderr }, esm: undefined as unknown as CliRun });
        try {
          outputs.aws.set(r.name, JSON.parse(r.stdout));
        } catch {
          // not JSON: nothing to refer to
        }
      }
    };
    const runEsm = async (c: Case) => {
      const run = await cli.run(argv(c, "esm").slice(1), { env: { ...isolated.env, TZ: "UTC", ...env(c) } });
      results.get(c.name)!.esm = run;
      try {
        outputs.esm.set(c.name, JSON.parse(run.stdout));
      } catch {
        // not JSON
      }
    };
    await runAws(mutating);
    for (const c of mutating) await runEsm(c); // in order: later cases use earlier UUIDs
    // Both sides have created their resources: the read-only cases see one state. lambda-esm's resume token is the
    // one it printed itself, which must equal the AWS CLI's (compared below).
    await runAws(readOnly.filter((c) => c.name !== "list-resume"));
    await inBatches(readOnly.filter((c) => c.name !== "list-resume"), 3, runEsm);
    await runAws(readOnly.filter((c) => c.name === "list-resume"));
    await runEsm(readOnly.find((c) => c.name === "list-resume")!);
  }, 300_000);

  afterAll(async () => {
    await services?.close();
    isolated?.dispose();
    cli?.dispose();
  });

  const known = available ? botocoreMembers() : new Map<string, Set<string>>();
  /** Drops what the older botocore model does not know, then masks what differs between the two sides' resources. */
  const normalize = (text: string, side: Side, isEsm: boolean): string => {
    let out = text;
    if (isEsm && out.trimStart().startsWith("{")) {
      const mappingMembers = known.get("EventSourceMappingConfiguration")!;
      const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(strip);
        if (value && typeof value === "object") {
          const object = value as Record<string, unknown>;
          const isMapping = "UUID" in object && "FunctionArn" in object;
          return Object.fromEntries(Object.entries(object).filter(([k]) => !isMapping || mappingMembers.has(k)).map(([k, v]) => [k, strip(v)]));
        }
        return value;
      };
      out = `${JSON.stringify(strip(JSON.parse(out)), null, 4)}\n`;
    }
    return out
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>")
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00/g, "<time>")
      .replaceAll(`-${side}`, "-<side>");
  };

  it.each([...mutating, ...readOnly].map((c) => [c.name, c] as const))("%s", (name, c) => {
    const { aws, esm } = results.get(name)!;
    expect(esm.code, `exit code; lambda-esm stderr: ${esm.stderr}`).toBe(aws.code);
    if (c.compare === "error-line") {
      // The batch runner's argparse names itself (aws-cli-batch.py: error: ...), /usr/bin/aws says "aws: error: ...".
      const last = (text: string) => text.trim().split("\n").at(-1)!.replace(/^[\w.-]+: error: /, "lambda-esm: error: ");
      const esmLines = esm.stderr.trim().split("\n");
      // lambda-esm may add a "Did you mean" line after the AWS CLI's.
      const esmLast = esmLines.at(-1)!.startsWith("Did you mean") ? esmLines.at(-2)! : esmLines.at(-1)!;
      expect(esmLast.replace(/^aws: /, "lambda-esm: ")).toBe(last(aws.stderr));
      expect(esm.stdout).toBe(aws.stdout);
      return;
    }
    // Read-only cases see one state: only mutating ones have a side of their own to mask.
    const [a, e]: [Side, Side] = mutating.includes(c) ? ["aws", "esm"] : ["aws", "aws"];
    expect(normalize(esm.stderr, e, false)).toBe(normalize(aws.stderr, a, false));
    expect(normalize(esm.stdout, e, true)).toBe(normalize(aws.stdout, a, false));
  });

  it("prints timestamps as the AWS CLI v2 does (ISO 8601 with microseconds and offset) and the 4-space JSON layout", () => {
    const { aws, esm } = results.get("get")!;
    expect(aws.stdout).toMatch(/"LastModified": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00"/);
    expect(esm.stdout.split("\n")[1]).toMatch(/^ {4}"UUID"/);
    expect(JSON.parse(esm.stdout).LastModified).toBe(JSON.parse(aws.stdout).LastModified);
  });
});
