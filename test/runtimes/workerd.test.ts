import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { thirdPartyTool } from "../support/third-party-tool.js";
import { bundleFixture } from "./bundle-fixture.js";
import type { ScenarioResult } from "./scenario.js";
import { checkScenario } from "./scenario-check.js";

// The runtime scenario in Cloudflare's workerd, from the `workerd` devDependency (its platform package,
// @cloudflare/workerd-linux-64 and friends, carries the binary; no install script needed). The worker is bundled from
// the package as Wrangler does (esbuild, platform browser, `workerd`/`worker` conditions: dist/browser/index.js) and
// calls the local service through workerd's network, allowed to reach loopback. Skipped with a notice where workerd
// is missing, except under CI.

// A cold workerd start on a loaded 2-core machine can take seconds; the limits are there to catch a hang.
const WORKERD_TIMEOUT_MS = 180_000;

/** The workerd executable of the platform package `workerd` depends on, or undefined when it is not installed. */
function workerdBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  const arch = process.arch === "x64" ? "64" : process.arch;
  const platform = process.platform === "win32" ? "windows" : process.platform;
  try {
    const pkg = require.resolve(`@cloudflare/workerd-${platform}-${arch}/package.json`, { paths: [dirname(require.resolve("workerd/package.json"))] });
    return join(dirname(pkg), "bin", platform === "windows" ? "workerd.exe" : "workerd");
  } catch {
    return undefined;
  }
}

const workerd = workerdBinary() ?? "workerd";
const available = thirdPartyTool("workerd", [workerd, "--version"]);

/** A port free right now on 127.0.0.1 (workerd is given an address, not a listening socket). */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** workerd's configuration: one worker on `port`, whose outbound fetches may reach loopback (the local service). */
const config = (port: number): string => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "net", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
  globalOutbound = "net",
);
`;

/** Waits until workerd answers on `url` (a GET without a body gets the worker's 500): false if it exited first. */
async function listening(child: ChildProcess, url: string, deadline: number): Promise<boolean> {
  for (;;) {
    if (child.exitCode !== null) return false;
    try {
      await fetch(url);
      return true;
    } catch {
      if (Date.now() > deadline) throw new Error(`workerd did not listen on ${url} in time`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe.runIf(available)("in workerd (Cloudflare Workers)", () => {
  let dir: string;
  let local: LocalLambda;
  let child: ChildProcess | undefined;
  let url: string;
  let inputs: string[];
  let stderr = "";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "esm-workerd-"));
    const bundle = await bundleFixture("worker-entry.ts", { conditions: ["workerd", "worker", "browser"], outfile: join(dir, "worker.js") });
    expect(bundle.warnings).toEqual([]);
    inputs = Object.keys(bundle.metafile.inputs);
    local = await startLocalLambda({ transitionDelayMs: 200 });
    // The port is free when chosen but workerd binds it itself: another process may take it first, so a start that
    // fails on it is retried on a new port.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      await writeFile(join(dir, "config.capnp"), config(port));
      url = `http://127.0.0.1:${port}/`;
      stderr = "";
      const started = spawn(workerd, ["serve", "config.capnp", "--verbose"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      started.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
      started.stdout!.resume();
      const closed = new Promise((resolve) => started.once("close", resolve));
      if (await listening(started, url, Date.now() + WORKERD_TIMEOUT_MS - 30_000)) break;
      await closed; // all of its stderr has been read
      if (attempt === 3 || !/Address already in use/.test(stderr)) throw new Error(`workerd did not start on ${url} (exit ${started.exitCode}): ${stderr}`);
    }
  }, WORKERD_TIMEOUT_MS);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await local?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, WORKERD_TIMEOUT_MS);

  it("the worker is the package's browser build (workerd condition), with no Node built-in", () => {
    expect(inputs).toContain("dist/browser/index.js");
    expect(inputs.filter((f) => f.startsWith("node:") || f.startsWith("src/"))).toEqual([]);
  });

  it("creates, waits for, lists, updates and deletes a mapping from a worker, and gets the modeled error", async () => {
    const target = { endpoint: local.endpoint, region: local.region, credentials: local.credentials, functionName: "worker-fn" };
    const res = await fetch(url, { method: "POST", body: JSON.stringify(target) });
    const text = await res.text();
    expect(res.status, text + stderr).toBe(200);
    checkScenario(JSON.parse(text) as ScenarioResult, /^FetchHttpHandler\d*$/);
  }, WORKERD_TIMEOUT_MS);
});
