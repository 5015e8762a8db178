/**
 * `npm run test:stress`: runs `vitest run` several times in a row while a child process keeps every
 * core busy, and lists the tests that failed in any run (issue 10: a test must not depend on the
 * machine being idle). Options: `--runs N` (default 10), `--threads N` (busy threads, default one per
 * core; the script's own test uses 0); arguments after `--` go to vitest, e.g.
 * `npm run test:stress -- --runs 3 -- test/local`. Exits 1 when any run failed.
 *
 * The CPU burner never outlives this script: it is killed on exit, on SIGINT/SIGTERM/SIGHUP (which
 * also end the running vitest and its workers), and it ends by itself when its stdin pipe closes —
 * which happens even when this script is killed with SIGKILL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, constants, tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const own = split < 0 ? args : args.slice(0, split);
const vitestArgs = split < 0 ? [] : args.slice(split + 1);
const runsAt = own.indexOf("--runs");
const runs = runsAt >= 0 ? Number(own[runsAt + 1]) : 10;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${own[runsAt + 1]}`);
const threadsAt = own.indexOf("--threads");
const cores = threadsAt >= 0 ? Number(own[threadsAt + 1]) : availableParallelism();
if (!Number.isInteger(cores) || cores < 0) throw new Error(`--threads must be a non-negative integer, got ${own[threadsAt + 1]}`);

// One busy loop per core, as worker threads of one child process, so the tests compete for every core.
// Its main thread stays idle and watches stdin: the pipe's other end is held only by this script
// (Node opens it close-on-exec, so vitest does not inherit it), so it closes whenever this script
// ends, however it ends.
const burnerCode = [
  `const { Worker } = require("node:worker_threads");`,
  `for (let i = 0; i < ${cores}; i++) new Worker("for(;;){}", { eval: true });`,
  `process.stdin.on("end", () => process.exit(0)).on("close", () => process.exit(0)).on("error", () => process.exit(0)).resume();`,
].join("\n");
const burner = spawn(process.execPath, ["-e", burnerCode], { stdio: ["pipe", "ignore", "ignore"] });
burner.on("error", (error) => console.error(`[stress] the CPU burner failed: ${error.message}`));
console.log(`[stress] CPU burner pid ${burner.pid} (${cores} busy threads)`);

/** The vitest run in progress, in a process group of its own so that it can be ended with its workers. */
let current: ChildProcess | undefined;

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Where the runs' JSON reports go; removed however the script ends (but for SIGKILL). */
const dir = mkdtempSync(join(tmpdir(), "stress-test-"));

function stopAll(): void {
  if (burner.exitCode === null && burner.signalCode === null) burner.kill("SIGKILL");
  killGroup(current, "SIGKILL");
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`[stress] ${signal}: stopping the CPU burner and vitest`);
    stopAll();
    // The conventional status of a process ended by a signal.
    process.exit(128 + constants.signals[signal]);
  });
}

interface VitestJson {
  numFailedTests: number;
  numPassedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
}

/** Runs vitest once; resolves with its exit status (null when a signal ended it). */
function runVitest(out: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["vitest", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${out}`, ...vitestArgs], {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
      // Its own process group: a signal to this script is passed on to vitest and all of its workers.
      detached: true,
    });
    current = child;
    console.log(`[stress] vitest pid ${child.pid}`);
    child.on("error", reject);
    child.on("exit", (status) => resolve(status));
  });
}

async function main(): Promise<void> {
  const failures = new Map<string, number[]>();
  let failedRuns = 0;
  try {
    for (let run = 1; run <= runs; run++) {
      const out = join(dir, `run-${run}.json`);
      const started = Date.now();
      const status = await runVitest(out);
      current = undefined;
      let summary = `exit ${status}`;
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
      if (status !== 0) failedRuns++;
      console.log(`[stress] run ${run}/${runs}: ${summary} in ${((Date.now() - started) / 1000).toFixed(0)} s, busy threads: ${cores}`);
    }
  } finally {
    stopAll();
  }
  console.log(`[stress] ${runs - failedRuns}/${runs} runs passed`);
  for (const [name, inRuns] of failures) console.log(`[stress] failed in run ${inRuns.join(", ")}: ${name}`);
  process.exitCode = failedRuns === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
  stopAll();
});
