import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient } from "../../src/index.js";
import { startLocalLambda } from "../../src/local/index.js";
import { readRepoFile, root, runSample, sampleDir } from "../docs/doc-samples.js";

// examples/migration/: the same operations script written for @aws-sdk/client-lambda and after the port. Both run
// against a local service seeded the same way and must do the same thing; docs/migrating.md shows their real diff.

const BEFORE = "examples/migration/retarget-mappings.sdk.ts";
const AFTER = "examples/migration/retarget-mappings.ts";
const { dir, remove } = sampleDir("migration-example");
afterAll(remove);

/** Seeds a service with mappings of `old-fn` (one disabled) and one of another function, runs the script, reports. */
async function runScript(path: string) {
  const local = await startLocalLambda({ region: "eu-west-1" });
  const client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
  try {
    const queue = (name: string) => `arn:aws:sqs:eu-west-1:123456789012:${name}`;
    const seeded = [];
    for (const [FunctionName, name, Enabled] of [["old-fn", "a", true], ["old-fn", "b", false], ["old-fn", "c", true], ["other-fn", "d", true]] as const) {
      seeded.push((await client.send(new CreateEventSourceMappingCommand({ FunctionName, EventSourceArn: queue(name), Enabled }))).UUID!);
    }
    const { stdout } = await runSample(
      dir,
      { name: path.replace(/\W+/g, "-"), code: readRepoFile(path) },
      { AWS_REGION: local.region, AWS_ACCESS_KEY_ID: local.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: local.credentials.secretAccessKey, AWS_ENDPOINT_URL_LAMBDA: local.endpoint },
      ["old-fn", "new-fn"],
    );
    const after = [];
    for (const UUID of seeded) {
      const { FunctionArn, State, EventSourceArn } = await client.send(new GetEventSourceMappingCommand({ UUID }));
      after.push({ function: FunctionArn!.split(":").at(-1), State, queue: EventSourceArn!.split(":").at(-1) });
    }
    // UUIDs differ between runs; the rest of each printed line must not.
    return { printed: stdout.trim().split("\n").map((line) => line.replace(/^[0-9a-f-]{36} /, "<uuid> ")), after };
  } finally {
    client.destroy();
    await local.close();
  }
}

describe("examples/migration", () => {
  it("the SDK script and its port do the same to the same mappings", async () => {
    const [before, after] = [await runScript(BEFORE), await runScript(AFTER)];
    expect(after).toEqual(before);
    expect(after.after).toEqual([
      { function: "new-fn", State: "Enabled", queue: "a" },
      { function: "new-fn", State: "Disabled", queue: "b" },
      { function: "new-fn", State: "Enabled", queue: "c" },
      { function: "other-fn", State: "Enabled", queue: "d" },
    ]);
    expect(after.printed.at(-1)).toBe("moved 3 mapping(s)");
    expect(after.printed[1]).toBe("<uuid> arn:aws:sqs:eu-west-1:123456789012:b -> arn:aws:lambda:eu-west-1:123456789012:function:new-fn (Disabled)");
  }, 120_000);

  it("docs/migrating.md shows the real diff between the two files", async () => {
    const { stdout } = await promisify(execFile)("diff", ["-u", BEFORE, AFTER], { cwd: root }).catch((error: { code?: number; stdout: string }) => {
      if (error.code !== 1) throw error; // diff exits 1 when the files differ
      return error;
    });
    const hunks = stdout.split("\n").slice(2).join("\n").trimEnd();
    const page = readRepoFile("docs/migrating.md");
    const shown = /<!-- diff: examples\/migration -->\n```diff\n([\s\S]*?)```/.exec(page)?.[1];
    expect(shown?.trimEnd(), "docs/migrating.md: paste `diff -u` of the two files (without the --- / +++ lines)").toBe(hunks);
  });
});
