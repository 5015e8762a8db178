import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** What one `lambda-esm` run printed and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A built `lambda-esm` and a way to run it as a real child process. */
export interface CliRunner {
  /** Runs the CLI to completion. */
  run(args: readonly string[], options?: { env?: Record<string, string | undefined>; input?: string }): Promise<CliRun>;
  /** Starts the CLI and returns the live child (for `local`). */
  spawn(args: readonly string[], env?: Record<string, string | undefined>): ChildProcess;
  /** A scratch directory removed by `dispose`. */
  dir: string;
  dispose(): void;
}

/**
 * Bundles src/cli/main.ts with esbuild as tsup does (ESM, node20) into a temp dir, so each run is a plain
 * `node main.mjs` (about 4x faster to start than going through tsx).
 */
export async function buildCli(): Promise<CliRunner> {
  const dir = mkdtempSync(join(tmpdir(), "lambda-esm-cli-"));
  const bundle = join(dir, "main.mjs");
  await build({
    entryPoints: [fileURLToPath(new URL("../../../src/cli/main.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    mainFields: ["module", "main"],
    outfile: bundle,
    logLevel: "silent",
  });
  // No shared config or credentials files from the machine: only what a test passes.
  const baseEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, "no-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, "no-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: "us-east-1",
  };
  const start = (args: readonly string[], env: Record<string, string | undefined> = {}): ChildProcess =>
    spawn(process.execPath, [bundle, ...args], { env: definedOnly({ ...baseEnv, ...env }), stdio: ["pipe", "pipe", "pipe"], cwd: dir });
  return {
    dir,
    spawn: start,
    run(args, options = {}) {
      const child = start(args, options.env);
      let stdout = "";
      let stderr = "";
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.stdin!.end(options.input ?? "");
      return new Promise((resolvePromise, reject) => {
        child.on("error", reject);
        child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
      });
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
