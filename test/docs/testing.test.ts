import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { docSamples, pointImportsAtSources, readRepoFile, root, runSample, sampleDir } from "./doc-samples.js";

// docs/testing.md: the vitest file runs under vitest, the jest file under jest (both real runs in child processes,
// in a temporary folder), the other blocks as programs.

const page = "docs/testing.md";
const samples = docSamples(page);
const sample = (name: string) => samples.find((s) => s.name === name)!;
const { dir, remove } = sampleDir("testing-doc");
afterAll(remove);
// vitest and jest start slowly on a loaded machine; the limit only has to catch a hang.
const CHILD_PROCESS_TIMEOUT_MS = 300_000;

async function run(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    return await promisify(execFile)(process.execPath, [file, ...args], { cwd: dir, timeout: CHILD_PROCESS_TIMEOUT_MS, env: { ...process.env, CI: "true", NO_COLOR: "1" } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`);
  }
}

describe("docs/testing.md", () => {
  it("names each of its samples, and the test runs every one", () => {
    expect(samples.map((s) => s.name)).toEqual(["vitest-suite", "fault-injection", "persistence"]);
    expect([...readRepoFile(page).matchAll(/<!-- jest: ([\w-]+) -->\n```js\n/g)].map((m) => m[1])).toEqual(["jest-suite"]);
  });

  it("the vitest file passes under vitest", async () => {
    writeFileSync(join(dir, "mappings.test.ts"), pointImportsAtSources(sample("vitest-suite").code));
    writeFileSync(join(dir, "vitest.config.mjs"), "export default { test: { include: ['mappings.test.ts'] } };\n");
    const { stdout } = await run(join(root, "node_modules/vitest/vitest.mjs"), ["run", "--root", dir, "--reporter", "verbose"]);
    expect(stdout).toMatch(/3 passed/);
    expect(stdout).not.toMatch(/failed/);
  }, CHILD_PROCESS_TIMEOUT_MS);

  it("the jest file passes under jest, against the package's sources bundled as CommonJS", async () => {
    const code = /<!-- jest: jest-suite -->\n```js\n([\s\S]*?)```/.exec(readRepoFile(page))![1]!;
    // jest loads CommonJS without a transform: the two entry points, bundled from src/, dependencies left external,
    // import() as require() (as in dist/index.cjs) since jest runs without --experimental-vm-modules.
    for (const [entry, out] of [["src/index.ts", "lesm.cjs"], ["src/local/index.ts", "lesm-local.cjs"]]) {
      await build({ entryPoints: [join(root, entry)], bundle: true, platform: "node", format: "cjs", packages: "external", supported: { "dynamic-import": false }, outfile: join(dir, out), logLevel: "silent" });
    }
    writeFileSync(join(dir, "mappings.test.js"), code);
    writeFileSync(
      join(dir, "jest.config.cjs"),
      `module.exports = { testEnvironment: "node", testMatch: ["**/mappings.test.js"], moduleNameMapper: { "^lambda-event-source-mappings$": "<rootDir>/lesm.cjs", "^lambda-event-source-mappings/local$": "<rootDir>/lesm-local.cjs" } };\n`,
    );
    const { stderr } = await run(join(root, "node_modules/jest/bin/jest.js"), ["--rootDir", dir, "--config", join(dir, "jest.config.cjs"), "--ci"]);
    // jest reports on stderr.
    expect(stderr).toMatch(/Tests:\s+1 passed, 1 total/);
  }, CHILD_PROCESS_TIMEOUT_MS);

  it.each(["fault-injection", "persistence"])("sample %s runs against the local service and passes its own assertions", async (name) => {
    await runSample(dir, sample(name));
  }, 120_000);
});
