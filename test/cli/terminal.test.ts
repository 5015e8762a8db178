import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { AWS_CLI, thirdPartyTool } from "../support/third-party-tool.js";
import { BIN, cliRunner, runOnTerminal, shellQuote, type CliRunner } from "./support/cli-runner.js";

// What lambda-esm does on a terminal, on a real pseudo-terminal (util-linux `script`): wait's live progress line and
// --output table fitted to the terminal's width, the latter compared with the AWS CLI v2 on the same terminal.

let cli: CliRunner;
let local: LocalLambda;
/** No transitions: the state cannot change between the two clients' reads. */
let still: LocalLambda;
const QUEUE = "arn:aws:sqs:us-east-1:123456789012:terminal";
const LONG_FUNCTION = "a-function-name-long-enough-to-make-the-table-wider-than-a-narrow-terminal-0123456789";

beforeAll(async () => {
  cli = cliRunner();
  // 8 s of Creating: the wait's process must still see it after starting, which takes seconds on a busy machine.
  [local, still] = await Promise.all([startLocalLambda({ transitionDelayMs: 8000 }), startLocalLambda({ transitionDelayMs: 0 })]);
});
afterAll(async () => {
  await Promise.all([local?.close(), still?.close()]);
  cli?.dispose();
});

const esm = (args: string[], service = local): string => [process.execPath, BIN, ...args, "--endpoint-url", service.endpoint].map(shellQuote).join(" ");

describe("wait on a terminal", () => {
  it("redraws a progress line on stderr (state, time waited, next poll) even when stdout is captured, then erases it", { timeout: 60_000 }, async () => {
    const created = await cli.run(["create", "--function-name", "fn", "--event-source-arn", `${QUEUE}-wait`, "--endpoint-url", local.endpoint, "--query", "UUID", "--output", "text"]);
    const uuid = created.stdout.trim();
    const captured = join(cli.dir, "wait.json");
    // stdout goes to a file (as in U=$(lambda-esm wait ...)); stderr stays on the terminal.
    const run = await runOnTerminal(`${esm(["wait", "enabled", "--uuid", uuid, "--min-delay", "0.5", "--timeout", "60"])} > ${shellQuote(captured)}`, cli.baseEnv, cli.dir);
    expect(run.code, run.text).toBe(0);
    const lines = run.text.split("\r\x1b[2K").filter(Boolean);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^waiting for ${uuid} to be enabled: Creating, \\d+ s elapsed of 60 s, next poll within \\d+\\.\\d s$`)));
    expect(lines).toContainEqual(expect.stringMatching(/: Creating, [1-9]\d* s elapsed of 60 s/));
    // The line is erased at the end: nothing follows the last erase.
    expect(run.text.endsWith("\r\x1b[2K")).toBe(true);
    const printed = readFileSync(captured, "utf8");
    expect(printed).not.toContain("\x1b");
    expect(JSON.parse(printed)).toMatchObject({ UUID: uuid, State: "Enabled" });
  });

  it("prints no progress when stderr is not a terminal", { timeout: 60_000 }, async () => {
    const created = await cli.run(["create", "--function-name", "fn", "--event-source-arn", `${QUEUE}-quiet`, "--endpoint-url", local.endpoint, "--query", "UUID", "--output", "text"]);
    const run = await runOnTerminal(`${esm(["wait", "enabled", "--uuid", created.stdout.trim(), "--min-delay", "0.5", "--query", "State", "--output", "text"])} 2> /dev/null`, cli.baseEnv, cli.dir);
    expect(run).toEqual({ code: 0, text: "Enabled\n" });
  });
});

const hasAws = thirdPartyTool("AWS CLI v2 (Debian awscli)", [AWS_CLI, "--version"]);

describe.skipIf(!hasAws)("--output table on a terminal", () => {
  // Members the Debian AWS CLI's older model knows; ScalingConfig is a structure in one mapping and null in another.
  const query = "{Mappings:EventSourceMappings[].{UUID:UUID,FunctionArn:FunctionArn,State:State,BatchSize:BatchSize,ScalingConfig:ScalingConfig}}";
  const aws = (args: string[]): string => [AWS_CLI, "--color", "off", "lambda", ...args, "--endpoint-url", still.endpoint].map(shellQuote).join(" ");

  beforeAll(async () => {
    await cli.run(["create", "--function-name", LONG_FUNCTION, "--event-source-arn", `${QUEUE}-table-1`, "--function-response-types", "ReportBatchItemFailures", "--endpoint-url", still.endpoint]);
    await cli.run(["create", "--function-name", LONG_FUNCTION, "--event-source-arn", `${QUEUE}-table-2`, "--scaling-config", "MaximumConcurrency=5", "--endpoint-url", still.endpoint]);
  }, 60_000);

  it.each([50, 100, 400])("is what the AWS CLI prints on a terminal %i columns wide", { timeout: 60_000 }, async (columns) => {
    const args = ["list-event-source-mappings", "--function-name", LONG_FUNCTION, "--output", "table", "--query", query];
    const [theirs, ours] = await Promise.all([
      runOnTerminal(aws(args), { ...cli.baseEnv, TZ: "UTC" }, cli.dir, columns),
      runOnTerminal(esm(args, still), cli.baseEnv, cli.dir, columns),
    ]);
    expect(theirs.code, theirs.text).toBe(0);
    expect(ours.text).toBe(theirs.text);
    expect(ours.text).toContain("{'MaximumConcurrency': 5}");
    const header = ours.text.split("\n").find((line) => /\|\s+BatchSize\s+\|\s+FunctionArn\s+\|/.test(line));
    // Wider than the terminal: each one-row section turns vertical (key | value), as the AWS CLI's MultiTable does.
    if (columns === 400) expect(header, ours.text).toBeDefined();
    else expect(header, ours.text).toBeUndefined();
    if (columns === 400) expect(Math.max(...ours.text.split("\n").map((l) => l.length))).toBeLessThanOrEqual(400);
  });
});
