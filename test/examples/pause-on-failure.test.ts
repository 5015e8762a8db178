import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient } from "../../src/index.js";
import { startLocalLambda } from "../../src/local/index.js";
import { pointImportsAtSources, readRepoFile, root, sampleDir } from "../docs/doc-samples.js";

// examples/pause-on-failure/handler.ts as Lambda would run it (its exported `handler`, configured by environment
// variables, in a process of its own), and examples/testing/, the suite written for it, under vitest.

const { dir, remove } = sampleDir("pause-example");
afterAll(remove);
const CHILD_PROCESS_TIMEOUT_MS = 300_000;
mkdirSync(join(dir, "pause-on-failure"));
mkdirSync(join(dir, "testing"));
writeFileSync(join(dir, "pause-on-failure/handler.ts"), pointImportsAtSources(readRepoFile("examples/pause-on-failure/handler.ts")));

async function node(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  try {
    return await promisify(execFile)(process.execPath, args, { cwd: dir, timeout: CHILD_PROCESS_TIMEOUT_MS, env: { ...process.env, NO_COLOR: "1", ...env } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`node ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`);
  }
}

describe("examples/pause-on-failure", () => {
  it("the Lambda entry point pauses and resumes the consumer's mappings, configured by its environment", async () => {
    const local = await startLocalLambda({ region: "eu-west-1" });
    const client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
    try {
      const create = async (FunctionName: string, queue: string) =>
        (await client.send(new CreateEventSourceMappingCommand({ FunctionName, EventSourceArn: `arn:aws:sqs:eu-west-1:123456789012:${queue}` }))).UUID!;
      const [mine, other] = [await create("payments-consumer", "payments"), await create("audit", "audit")];
      // What the Lambda runtime does: import the module once, call `handler` per event.
      writeFileSync(
        join(dir, "invoke.mts"),
        `import { handler } from "./pause-on-failure/handler.ts";\n` +
          `for (const value of process.argv.slice(2)) console.log(JSON.stringify(await handler({ "detail-type": "CloudWatch Alarm State Change", detail: { alarmName: "payments-api", state: { value } } })));\n`,
      );
      const environment = {
        AWS_REGION: local.region,
        AWS_ACCESS_KEY_ID: local.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: local.credentials.secretAccessKey,
        AWS_ENDPOINT_URL_LAMBDA: local.endpoint,
        CONSUMER_FUNCTION: "payments-consumer",
      };
      const { stdout } = await node(["--import", "tsx", "invoke.mts", "ALARM"], environment);
      const results = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(results).toEqual([{ alarm: "payments-api", state: "ALARM", functionName: "payments-consumer", changed: [mine] }, { action: "paused", changed: [mine] }]);
      expect((await client.send(new GetEventSourceMappingCommand({ UUID: mine }))).State).toBe("Disabled");
      expect((await client.send(new GetEventSourceMappingCommand({ UUID: other }))).State).toBe("Enabled");

      const resumed = await node(["--import", "tsx", "invoke.mts", "OK"], environment);
      expect(JSON.parse(resumed.stdout.trim().split("\n").at(-1)!)).toEqual({ action: "resumed", changed: [mine] });
      expect((await client.send(new GetEventSourceMappingCommand({ UUID: mine }))).State).toBe("Enabled");

      await expect(node(["--import", "tsx", "invoke.mts", "ALARM"], { ...environment, CONSUMER_FUNCTION: "" })).rejects.toThrow(/CONSUMER_FUNCTION is not set/);
    } finally {
      client.destroy();
      await local.close();
    }
  }, CHILD_PROCESS_TIMEOUT_MS);

  it("examples/testing/ passes under vitest", async () => {
    writeFileSync(join(dir, "testing/pause-on-failure.test.ts"), pointImportsAtSources(readRepoFile("examples/testing/pause-on-failure.test.ts")));
    writeFileSync(join(dir, "vitest.config.mjs"), "export default { test: { include: ['testing/*.test.ts'] } };\n");
    const { stdout } = await node([join(root, "node_modules/vitest/vitest.mjs"), "run", "--root", dir, "--reporter", "verbose"], { CI: "true" });
    expect(stdout).toMatch(/Tests\s+4 passed \(4\)/);
  }, CHILD_PROCESS_TIMEOUT_MS);
});
