/**
 * `npm run test:stress`: runs `vitest run` several times in a row while a child process keeps every
 * core busy, and lists the tests that failed in any run (issue 10: a test must not depend on the
 * machine being idle). Options: `--runs N` (default 10); arguments after `--` go to vitest, e.g.
 * `npm run test:stress -- --runs 3 -- test/local`. Exits 1 when any run failed.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const own = split < 0 ? args : args.slice(0, split);
const vitestArgs = split < 0 ? [] : args.slice(split + 1);
const runsAt = own.indexOf("--runs");
const runs = runsAt >= 0 ? Number(own[runsAt + 1]) : 10;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${own[runsAt + 1]}`);

// One busy loop per core, in one child process (worker threads), so the tests compete for every core.
const cores = availableParallelism();
const burner = spawn(
  process.execPath,
  ["-e", `const { Worker } = require("node:worker_threads"); for (let i = 1; i < ${cores}; i++) new Worker("for(;;){}", { eval: true }); for(;;){}`],
  { stdio: "ignore" },
);
const stopBurner = () => burner.kill("SIGKILL");
process.on("exit", stopBurner);

interface VitestJson {
  numFailedTests: number;
  numPassedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
}

const dir = mkdtempSync(join(tmpdir(), "stress-test-"));
const failures = new Map<string, number[]>();
let failedRuns = 0;
try {
  for (let run = 1; run <= runs; run++) {
    const out = join(dir, `run-${run}.json`);
    const started = Date.now();
    const result = spawnSync("npx", ["vitest", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${out}`, ...vitestArgs], {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
    });
    let summary = `exit ${result.status}`;
    try {
      const json = JSON.parse(readFileSync(out, "utf8")) as VitestJson;
      summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed`;
      for (const file of json.testResults) {
        const failed = file.assertionResults.filter((t) => t.status === "failed").map((t) => `${file.name}: ${t.fullName}`);
        // A file that failed outside any test (an import or hook error) counts as a failure of the file.
        if (failed.length === 0 && file.status === "failed") failed.push(`${file.name}: (file) ${(file.message ?? "").split("\n")[0]}`);
        for (const name of failed) failures.set(name, [...(failures.get(name) ?? []), run]);
      }
    } catch {
      summary += " (no JSON report)";
    }
    if (result.status !== 0) failedRuns++;
    console.log(`[stress] run ${run}/${runs}: ${summary} in ${((Date.now() - started) / 1000).toFixed(0)} s, cores busy: ${cores}`);
  }
} finally {
  stopBurner();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`[stress] ${runs - failedRuns}/${runs} runs passed`);
for (const [name, inRuns] of failures) console.log(`[stress] failed in run ${inRuns.join(", ")}: ${name}`);
process.exitCode = failedRuns === 0 ? 0 : 1;
