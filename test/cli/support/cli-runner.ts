import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What one run printed and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built `lambda-esm` (dist/cli/main.js, what `npm install` puts on PATH), run as real child processes. */
export interface CliRunner {
  run(args: readonly string[], options?: { env?: Record<string, string | undefined>; input?: string }): Promise<CliRun>;
  spawn(args: readonly string[], env?: Record<string, string | undefined>): ChildProcess;
  /** A scratch directory (HOME, config files) removed by `dispose`. */
  dir: string;
  /** The environment every run starts from: no shared files from the machine, test/test credentials, no pager. */
  baseEnv: Record<string, string | undefined>;
  dispose(): void;
}

export const BIN = fileURLToPath(new URL("../../../dist/cli/main.js", import.meta.url));

/** Runs `command` with `args` to completion, collecting its output. */
export function runProcess(command: string, args: readonly string[], env: Record<string, string | undefined>, cwd: string, input = ""): Promise<CliRun> {
  const child = spawn(command, [...args], { env: definedOnly(env), stdio: ["pipe", "pipe", "pipe"], cwd });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A runner for dist/cli/main.js; `npm run build` must have run (CI builds before testing). */
export function cliRunner(): CliRunner {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` before the CLI tests`);
  const dir = mkdtempSync(join(tmpdir(), "lambda-esm-cli-"));
  const baseEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    LANG: "C.UTF-8",
    TZ: "UTC",
    AWS_CONFIG_FILE: join(dir, "no-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, "no-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: "us-east-1",
    AWS_PAGER: "",
  };
  const start = (args: readonly string[], env: Record<string, string | undefined> = {}): ChildProcess =>
    spawn(process.execPath, [BIN, ...args], { env: definedOnly({ ...baseEnv, ...env }), stdio: ["pipe", "pipe", "pipe"], cwd: dir });
  return {
    dir,
    baseEnv,
    spawn: start,
    run: (args, options = {}) => runProcess(process.execPath, [BIN, ...args], { ...baseEnv, ...options.env }, dir, options.input),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs tasks at most `limit` at a time (the machine is shared: a few child processes, not dozens). */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]!);
      }
    }),
  );
  return results;
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** `word` quoted for /bin/sh. */
export const shellQuote = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Runs the shell command `command` on a pseudo-terminal `columns` wide (util-linux `script`, as a user's terminal):
 * what the terminal showed, with the terminal's CRLF line ends turned back into LF.
 */
export function runOnTerminal(command: string, env: Record<string, string | undefined>, cwd: string, columns = 80): Promise<{ code: number | null; text: string }> {
  const child = spawn("script", ["-qfec", `stty cols ${columns} rows 40; ${command}`, "/dev/null"], { env: definedOnly(env), cwd, stdio: ["pipe", "pipe", "pipe"] });
  let text = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
  child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, text: text.replaceAll("\r\n", "\n") }));
  });
}
