import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListEventSourceMappingsCommand } from "../../src/index.js";
import type { LocalLambda } from "../../src/local/index.js";
import { BIN, cliRunner, type CliRunner } from "../cli/support/cli-runner.js";
import { clientFor, sqs, startLocal } from "./support.js";

// `lambda-esm plan` and `apply` (the built dist/cli/main.js) as real child processes against the local service.
const EXAMPLE = fileURLToPath(new URL("../../examples/mappings.yaml", import.meta.url));
let cli: CliRunner;
let local: LocalLambda;
beforeAll(async () => {
  cli = cliRunner();
  local = await startLocal({ transitionDelayMs: 0 });
});
afterAll(async () => {
  cli.dispose();
  await local.close();
});

const run = (args: string[], target: LocalLambda = local) => cli.run([...args, "--endpoint-url", target.endpoint]);
const json = (text: string) => JSON.parse(text) as { changed: boolean; message: string; results: { outcome: string; mapping: string }[]; plan: { hasChanges: boolean } };
const file = (name: string, text: string) => {
  const path = join(cli.dir, name);
  writeFileSync(path, text);
  return path;
};

describe("lambda-esm apply -f examples/mappings.yaml", () => {
  it("creates on the first run, reports no changes on the second, and one batch size changed is exactly one update", async () => {
    const fresh = await startLocal({ transitionDelayMs: 0 });
    try {
      const first = await run(["apply", "-f", EXAMPLE, "--output", "json"], fresh);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(json(first.stdout).results.map((r) => r.outcome)).toEqual(["created", "created", "created"]);

      const second = await run(["apply", "-f", EXAMPLE], fresh);
      expect(second.code).toBe(0);
      expect(second.stdout).toBe("No changes. 3 mappings up to date.\n");

      const changed = file("one-change.yaml", readFileSync(EXAMPLE, "utf8").replace("BatchSize: 500", "BatchSize: 400"));
      const third = await run(["apply", "-f", changed, "--output", "json"], fresh);
      expect(third.code).toBe(0);
      const result = json(third.stdout);
      expect(result.results.filter((r) => r.outcome !== "unchanged")).toEqual([
        expect.objectContaining({ outcome: "updated", mapping: expect.stringContaining("stream/clicks"), changes: [{ member: "BatchSize", old: 500, new: 400 }] }),
      ]);
      expect(result.message).toBe("1 updated.");
    } finally {
      await fresh.close();
    }
  });
});

describe("lambda-esm plan", () => {
  it("prints a readable diff; --detailed-exitcode exits 2 with changes and 0 without; --output json for machines", async () => {
    const path = file("plan.json", JSON.stringify({ mappings: [{ FunctionName: "cli-plan-fn", EventSourceArn: sqs("cli-plan-q"), BatchSize: 3 }] }));
    const text = await run(["plan", "--file", path]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`+ create cli-plan-fn <- ${sqs("cli-plan-q")}\n    + BatchSize: 3\n\nPlan: 1 to create, 0 to update, 0 to replace, 0 to delete; 0 unchanged.\n`);
    expect((await run(["plan", "-f", path, "--detailed-exitcode"])).code).toBe(2);
    const machine = await run(["plan", "-f", path, "--output", "json"]);
    expect(JSON.parse(machine.stdout)).toMatchObject({ hasChanges: true, summary: { create: 1 }, changes: [{ action: "create", mapping: `cli-plan-fn <- ${sqs("cli-plan-q")}` }] });

    expect((await run(["apply", "-f", path])).code).toBe(0);
    const after = await run(["plan", "-f", path, "--detailed-exitcode", "--output", "json"]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ hasChanges: false, summary: { unchanged: 1 } });
  });

  it("names the file, the mapping and the member of a bad input", async () => {
    const bad = file("bad.yaml", `- FunctionName: cli-bad-fn\n  EventSourceArn: ${sqs("cli-bad-q")}\n  BatchSize: 0\n`);
    const out = await run(["plan", "-f", bad]);
    expect(out.code).toBe(252);
    expect(out.stderr).toMatch(/^\nDesired mapping #1 \(cli-bad-fn <- .*cli-bad-q\): BatchSize: Value '0' at 'batchSize' failed to satisfy constraint/);
    const broken = await run(["plan", "-f", file("broken.yaml", "mappings: [\n")]);
    expect(broken.stderr).toMatch(/broken\.yaml: not valid YAML/);
    expect((await run(["plan"])).code).toBe(252);
  });
});

describe("lambda-esm apply, deleting and failing", () => {
  it("prunes only with --prune-function, asks for --yes without a terminal, and deletes nothing else", async () => {
    const all = file("prune-all.yaml", `- { FunctionName: cli-prune, EventSourceArn: "${sqs("cli-p1")}" }\n- { FunctionName: cli-prune, EventSourceArn: "${sqs("cli-p2")}" }\n- { FunctionName: cli-other, EventSourceArn: "${sqs("cli-p3")}" }\n`);
    expect((await run(["apply", "-f", all])).code).toBe(0);
    const one = file("prune-one.yaml", `- { FunctionName: cli-prune, EventSourceArn: "${sqs("cli-p1")}" }\n`);

    expect(json((await run(["apply", "-f", one, "--output", "json"])).stdout).changed).toBe(false);
    const refused = await run(["apply", "-f", one, "--prune-function", "cli-prune"]);
    expect(refused.code).toBe(252);
    expect(refused.stdout).toContain(`- delete arn:aws:lambda:us-east-1:123456789012:function:cli-prune <- ${sqs("cli-p2")}`);
    expect(refused.stderr).toMatch(/pass --yes to confirm/);

    const pruned = await run(["apply", "-f", one, "--prune-function", "cli-prune", "-y", "--output", "json"]);
    expect(pruned.code).toBe(0);
    expect(json(pruned.stdout).message).toBe("1 deleted.");
    const client = clientFor(local);
    try {
      const left = (await client.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings!.map((m) => m.EventSourceArn);
      expect(left).toEqual(expect.arrayContaining([sqs("cli-p1"), sqs("cli-p3")]));
      expect(left).not.toContain(sqs("cli-p2"));
    } finally {
      client.destroy();
    }
  });

  it("on a terminal: colors the plan, asks before deleting, and goes ahead on yes", async () => {
    const two = file("tty-two.yaml", `- { FunctionName: cli-tty, EventSourceArn: "${sqs("cli-t1")}" }\n- { FunctionName: cli-tty, EventSourceArn: "${sqs("cli-t2")}" }\n`);
    expect((await run(["apply", "-f", two])).code).toBe(0);
    const one = file("tty-one.yaml", `- { FunctionName: cli-tty, EventSourceArn: "${sqs("cli-t1")}" }\n`);
    // util-linux `script` runs the CLI on a pseudo-terminal and types what it reads from its stdin.
    const command = [process.execPath, BIN, "apply", "-f", one, "--prune-function", "cli-tty", "--endpoint-url", local.endpoint].map((a) => `'${a}'`).join(" ");
    const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
      const child = spawn("script", ["-qec", command, "/dev/null"], { env: { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_REGION: "us-east-1", NO_COLOR: undefined } });
      let text = "";
      let answered = false;
      // Once only: more output follows the prompt, and the child may have exited (EPIPE) by the next chunk.
      child.stdin.on("error", () => {});
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        text += chunk;
        if (!answered && text.includes("[y/N]")) {
          answered = true;
          child.stdin.end("yes\n");
        }
      });
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, text }));
    });
    expect(output.text).toContain(`\u001b[31m- delete arn:aws:lambda:us-east-1:123456789012:function:cli-tty <- ${sqs("cli-t2")}\u001b[0m`);
    expect(output.text).toContain("Delete 1 and replace 0 mapping(s)? [y/N]");
    expect(output.text).toContain("1 deleted.");
    expect(output.code).toBe(0);
  });

  it("exits 1 with the report of what was done and not done when a step fails", async () => {
    const strict = await startLocal({ functions: ["cli-ok"], transitionDelayMs: 0 });
    try {
      const path = file("fail.yaml", `- { FunctionName: cli-ok, EventSourceArn: "${sqs("cli-f1")}" }\n- { FunctionName: cli-missing, EventSourceArn: "${sqs("cli-f2")}" }\n`);
      const out = await run(["apply", "-f", path, "--output", "json"], strict);
      expect(out.code).toBe(1);
      expect(out.stderr).toMatch(/EventSourceMappingApplyError: Could not create cli-missing <- .*cli-f2/);
      const report = JSON.parse(out.stdout);
      expect(report.error).toMatchObject({ mapping: `cli-missing <- ${sqs("cli-f2")}` });
      expect(report.done.map((d: { outcome: string; mapping: string }) => `${d.outcome} ${d.mapping}`)).toEqual([`created cli-ok <- ${sqs("cli-f1")}`]);
      expect(report.notDone).toEqual([{ action: "create", mapping: `cli-missing <- ${sqs("cli-f2")}` }]);
    } finally {
      await strict.close();
    }
  });
});
