import { spawn, type ChildProcess } from "node:child_process";

/** Starts a long-lived helper process (a responder) and resolves with the first line it prints and the process. */
export async function startHelper(args: string[]): Promise<{ line: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]!.trim());
    });
    child.once("exit", (code) => reject(new Error(`bench helper ${args.join(" ")} exited with ${code} before printing its address`)));
  });
  return { line, child };
}

/** Result of one probe process: its stdout and the milliseconds from spawn to its first line of output. */
export interface ProbeRun {
  stdout: string;
  firstLineMs: number;
}

/**
 * Runs `node ...args` to completion in a fresh process. The time is taken when the first line of output arrives
 * (the answer of the first request, for a cold-start probe), not at exit, so process teardown is not counted.
 */
export function runProbe(args: string[], nodeFlags: string[] = []): Promise<ProbeRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeFlags, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let firstLineMs: number | undefined;
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (firstLineMs === undefined && stdout.includes("\n")) firstLineMs = Number(process.hrtime.bigint() - start) / 1e6;
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0 || firstLineMs === undefined) reject(new Error(`bench probe failed (exit ${code}): node ${args.join(" ")}\n${stdout}\n${stderr}`));
      else resolve({ stdout, firstLineMs });
    });
  });
}

/** The last line a probe printed, parsed as JSON. */
export function lastJson<T>(run: ProbeRun): T {
  const lines = run.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]!) as T;
}
