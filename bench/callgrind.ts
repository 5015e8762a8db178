import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** What callgrind counted for one process. */
export interface InstructionCount {
  /** Every thread's instructions. */
  total: number;
  /**
   * The main thread's: the JavaScript, JSON parsing, hashing and the event loop a request waits for. The other threads
   * are V8's background compiler and GC helpers, whose work still changes long after warm-up under valgrind, so a
   * difference of totals mixes in JIT compilation; the main thread's does not.
   */
  main: number;
}

/**
 * Instructions valgrind's callgrind counts for one Node process `node ...nodeArgs` (which must exit 0), written to
 * `outFile` (one file per thread, `outFile-01` the main thread's). Instruction counts do not move with the machine's
 * load, unlike time; `npm run bench:instructions` and `npm run bench:profile` take the difference of two runs with
 * different operation counts, so that start-up, module loading and warm-up cancel out.
 */
export function countInstructions(nodeArgs: string[], outFile: string, env: NodeJS.ProcessEnv = process.env): InstructionCount {
  const result = spawnSync("valgrind", ["--tool=callgrind", "--separate-threads=yes", `--callgrind-out-file=${outFile}`, process.execPath, ...nodeArgs], { encoding: "utf8", env });
  if (result.error) throw new Error(`valgrind could not run (${result.error.message}): install it, e.g. apt-get install -y valgrind`);
  const collected = /Collected\s*:\s*(\d+)/.exec(result.stderr);
  if (result.status !== 0 || !collected) throw new Error(`callgrind run of node ${nodeArgs.join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  const summary = /^(?:summary|totals):\s*(\d+)/m.exec(readFileSync(`${outFile}-01`, "utf8"));
  if (!summary) throw new Error(`callgrind wrote no main-thread summary to ${outFile}-01`);
  return { total: Number(collected[1]), main: Number(summary[1]) };
}
