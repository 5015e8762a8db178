import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { buildCli, type CliRunner } from "./support/cli-runner.js";

// End to end: the CLI (a child process) against the local service, and `lambda-esm local` itself.

let cli: CliRunner;
let local: LocalLambda;
beforeAll(async () => {
  [cli, local] = await Promise.all([buildCli(), startLocalLambda({ port: 0, transitionDelayMs: 50 })]);
});
const children: ChildProcess[] = [];
afterAll(async () => {
  // A failed test must not leave a `lambda-esm local` running.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  cli.dispose();
  await local.close();
});

const QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders";
const fast = ["--min-delay", "0.02", "--max-delay", "0.05", "--timeout", "10"];

async function json(args: string[], endpoint = local.endpoint): Promise<Record<string, unknown>> {
  const result = await cli.run(["--endpoint", endpoint, ...args]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe("against the local service", () => {
  it("create → wait enabled → update → wait disabled → delete → wait deleted → get fails", async () => {
    const created = await json(["create", "--function-name", "orders-fn", "--event-source-arn", QUEUE, "--batch-size", "5", "--filter", '{"body":{"type":["order"]}}']);
    expect(created).toMatchObject({ State: "Creating", BatchSize: 5, FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:orders-fn" });
    const uuid = created.UUID as string;

    expect(await json(["wait", "enabled", uuid, ...fast])).toMatchObject({ UUID: uuid, State: "Enabled" });
    const listed = await json(["list", "--function-name", "orders-fn"]);
    expect(listed.EventSourceMappings).toEqual([expect.objectContaining({ UUID: uuid, State: "Enabled", EventSourceArn: QUEUE })]);

    expect(await json(["update", uuid, "--no-enabled", "--batch-size", "7"])).toMatchObject({ State: "Disabling" });
    expect(await json(["wait", "disabled", uuid, ...fast])).toMatchObject({ State: "Disabled", BatchSize: 7 });
    const failed = await cli.run(["--endpoint", local.endpoint, "wait", "enabled", uuid, ...fast]);
    expect(failed).toMatchObject({ code: 1, stderr: `Error: mapping ${uuid} will not become enabled: State is Disabled\n` });

    expect(await json(["delete", uuid])).toMatchObject({ State: "Deleting" });
    expect(await json(["wait", "deleted", uuid, ...fast])).toEqual({ UUID: uuid, Deleted: true });
    const gone = await cli.run(["--endpoint", local.endpoint, "get", uuid]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^ResourceNotFoundException: /);
  });

  it("fails with the service's error for a signature made with the wrong secret", async () => {
    const result = await cli.run(["--endpoint", local.endpoint, "list"], { env: { AWS_SECRET_ACCESS_KEY: "wrong" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\w+: /);
    expect(result.stdout).toBe("");
  });
});

/** Starts `lambda-esm local` and reads the endpoint line it prints. */
async function startLocalCli(args: string[]): Promise<{ child: ChildProcess; endpoint: string; stderr: () => string }> {
  const child = cli.spawn(["local", "--port", "0", ...args]);
  children.push(child);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  return { child, endpoint: (JSON.parse(line) as { endpoint: string }).endpoint, stderr: () => stderr };
}

describe("lambda-esm local", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("serves until %s, then closes cleanly with exit code 0", async (signal) => {
    const { child, endpoint, stderr } = await startLocalCli([]);
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await json(["list"], endpoint)).toEqual({ EventSourceMappings: [] });
    child.kill(signal);
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(stderr()).toContain(`listening on ${endpoint}`);
    expect(stderr()).toContain(`${signal} received, stopped`);
  });

  it("keeps mappings across restarts with --data-file, and honours --region", async () => {
    const dataFile = join(cli.dir, "mappings.json");
    const first = await startLocalCli(["--data-file", dataFile, "--region", "eu-west-1"]);
    const env = { AWS_REGION: "eu-west-1" };
    const created = await cli.run(["--endpoint", first.endpoint, "create", "--function-name", "f", "--event-source-arn", "arn:aws:sqs:eu-west-1:123456789012:q"], { env });
    expect(created.code).toBe(0);
    const uuid = (JSON.parse(created.stdout) as { UUID: string }).UUID;
    first.child.kill("SIGTERM");
    await once(first.child, "exit");

    const second = await startLocalCli(["--data-file", dataFile, "--region", "eu-west-1"]);
    const got = await cli.run(["--endpoint", second.endpoint, "get", uuid], { env });
    second.child.kill("SIGTERM");
    await once(second.child, "exit");
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject({ UUID: uuid, FunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:f" });
  });

  it("prints just the endpoint with --output table", async () => {
    const child = cli.spawn(["local", "--port", "0", "--output", "table"]);
    children.push(child);
    const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
    child.kill("SIGTERM");
    await once(child, "exit");
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("rejects a bad --auth value as a usage error", async () => {
    const result = await cli.run(["local", "--auth", "maybe"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("UsageError: --auth must be sigv4 or off, got 'maybe'");
  });
});
