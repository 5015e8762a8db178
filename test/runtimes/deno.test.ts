import { spawn } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { thirdPartyTool } from "../support/third-party-tool.js";
import type { ScenarioResult } from "./scenario.js";
import { checkScenario } from "./scenario-check.js";

// The runtime scenario under Deno, from the `deno` devDependency (its platform package, @deno/linux-x64-glibc and
// friends, carries the binary; its postinstall only links it, and install_api.cjs does the same on demand when npm ran
// no install scripts). Deno imports the package by name from a node_modules folder, so it resolves `exports` with its
// own conditions (`deno` first: dist/browser/index.js; needs `npm run build`), and runs with nothing but network
// access to the service. Skipped with a notice where Deno is missing, except under CI.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGE = "lambda-event-source-mappings";
// A cold Deno start on a loaded 2-core machine can take seconds; the limit is there to catch a hang.
const DENO_TIMEOUT_MS = 180_000;

/** The Deno executable of the installed `deno` package, or undefined when its platform package is missing. */
function denoBinary(): string | undefined {
  try {
    const api = createRequire(import.meta.url)("deno/install_api.cjs") as { runInstall(): string };
    return api.runInstall();
  } catch {
    return undefined;
  }
}

// A deno on PATH serves too where the package could not be installed.
const deno = denoBinary() ?? "deno";
const available = thirdPartyTool("Deno", [deno, "--version"]);

/** Runs `deno run` and resolves with its exit code and output. */
function runDeno(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(deno, args, { cwd, env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), DENO_TIMEOUT_MS - 10_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.runIf(available)("under Deno", () => {
  let dir: string;
  let local: LocalLambda;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "esm-deno-"));
    await mkdir(join(dir, "node_modules"));
    // The package as an app that installed it has it: by name, through its package.json.
    await symlink(ROOT, join(dir, "node_modules", PACKAGE), "dir");
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "deno-app", private: true, type: "module", dependencies: { [PACKAGE]: "*" } }));
    await writeFile(
      join(dir, "main.ts"),
      `import * as lib from "${PACKAGE}";\n` +
        `import { runScenario } from ${JSON.stringify(pathToFileURL(join(ROOT, "test/runtimes/scenario.ts")).href)};\n` +
        `const result = await runScenario(lib, JSON.parse(Deno.args[0]));\n` +
        `console.log(JSON.stringify({ result, resolved: import.meta.resolve("${PACKAGE}"), deno: Deno.version.deno }));\n`,
    );
    local = await startLocalLambda({ transitionDelayMs: 200 });
  }, DENO_TIMEOUT_MS);

  afterAll(async () => {
    await local?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("creates, waits for, lists, updates and deletes a mapping with only --allow-net to the service, and gets the modeled error", async () => {
    const target = { endpoint: local.endpoint, region: local.region, credentials: local.credentials, functionName: "deno-fn" };
    const run = await runDeno(
      ["run", "--node-modules-dir=manual", "--no-prompt", `--allow-net=127.0.0.1:${local.port}`, "main.ts", JSON.stringify(target)],
      dir,
      { DENO_DIR: join(dir, ".deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
    );
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split("\n").pop()!) as { result: ScenarioResult; resolved: string; deno: string };
    // Deno's `deno` condition chose the build without Node built-ins.
    expect(out.resolved).toMatch(/\/dist\/browser\/index\.js$/);
    checkScenario(out.result, /^FetchHttpHandler\d*$/);
  }, DENO_TIMEOUT_MS);
});
