/**
 * `npm run bench`: size and speed of this client against the official SDK, aws-lite and a raw
 * `node:http` floor, measured on this machine in one run (ratios are what count).
 *
 * - bundle: esbuild `--bundle --minify --platform=node --main-fields=module,main` of one command.
 * - cold start: process spawn to first answer printed, median of N runs, for the bundle and for
 *   plain `node_modules` resolution (this package's dist/ build).
 * - per request: sequential keep-alive GetEventSourceMapping calls in one process, median µs.
 *
 * Options: `--runs N` (cold-start runs, default 21), `--requests N` (per-request calls, default 3000).
 * Results are printed as a table and written to bench/results/latest.json.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { perRequestScript } from "./per-request-script.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 21);
const REQUESTS = arg("requests", 3000);
const subjects = ["raw", "ours", "aws-lite", "sdk"] as const;
type Subject = (typeof subjects)[number];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function startServer(): Promise<{ endpoint: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(here, "server.ts")], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) => child.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
  return { endpoint: `http://127.0.0.1:${port}`, child };
}

async function bundle(subject: Subject, outDir: string): Promise<{ file: string; bytes: number }> {
  const file = join(outDir, `${subject}.mjs`);
  await build({
    entryPoints: [join(here, "entries", `${subject}.ts`)],
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    mainFields: ["module", "main"],
    outfile: file,
    logLevel: "silent",
    // Some CJS dependencies call require() on Node built-ins; give the ESM bundle a require.
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  });
  return { file, bytes: statSync(file).size };
}

function timeProcess(args: string[], endpoint: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...args, endpoint], { encoding: "utf8" });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 || !result.stdout.includes("Enabled")) {
    throw new Error(`bench subject failed: ${args.join(" ")}\n${result.stdout}\n${result.stderr}`);
  }
  return elapsed;
}

function coldStart(runs: number, endpoint: string, commands: Record<Subject, string[]>): Record<Subject, number> {
  const samples = Object.fromEntries(subjects.map((s) => [s, [] as number[]])) as Record<Subject, number[]>;
  for (let i = 0; i < runs; i++) {
    // Interleave subjects so machine noise spreads evenly across them.
    for (const s of subjects) samples[s].push(timeProcess(commands[s], endpoint));
  }
  return Object.fromEntries(subjects.map((s) => [s, median(samples[s])])) as Record<Subject, number>;
}

function perRequest(subject: Subject, endpoint: string, dir: string): number {
  const file = join(dir, `per-request-${subject}.mjs`);
  writeFileSync(file, perRequestScript(subject, root));
  const result = spawnSync(process.execPath, [file, endpoint, String(REQUESTS)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`per-request ${subject} failed:\n${result.stderr}`);
  return Number(result.stdout.trim());
}

async function main(): Promise<void> {
  if (!existsSync(join(root, "dist", "index.js"))) {
    const b = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (b.status !== 0) throw new Error("npm run build failed");
  }
  const dir = mkdtempSync(join(tmpdir(), "esm-bench-"));
  const { endpoint, child } = await startServer();
  try {
    const bundles = Object.fromEntries(await Promise.all(subjects.map(async (s) => [s, await bundle(s, dir)] as const))) as Record<Subject, { file: string; bytes: number }>;
    const bundled = coldStart(RUNS, endpoint, Object.fromEntries(subjects.map((s) => [s, [bundles[s].file]])) as Record<Subject, string[]>);
    const unbundledEntries = Object.fromEntries(
      subjects.map((s) => {
        const file = join(dir, `nm-${s}.mjs`);
        writeFileSync(file, perRequestScript(s, root, 1));
        return [s, [file]];
      }),
    ) as Record<Subject, string[]>;
    const unbundled = coldStart(RUNS, endpoint, unbundledEntries);
    const perReq = Object.fromEntries(subjects.map((s) => [s, perRequest(s, endpoint, dir)])) as Record<Subject, number>;

    const rows = subjects.map((s) => ({
      subject: s,
      bundleKiB: +(bundles[s].bytes / 1024).toFixed(1),
      coldStartBundledMs: +bundled[s].toFixed(1),
      coldStartBundledX: +(bundled[s] / bundled.raw).toFixed(2),
      coldStartNodeModulesMs: +unbundled[s].toFixed(1),
      coldStartNodeModulesX: +(unbundled[s] / unbundled.raw).toFixed(2),
      perRequestUs: +perReq[s].toFixed(1),
      perRequestX: +(perReq[s] / perReq.raw).toFixed(2),
    }));
    console.log(`node ${process.version}; cold start = median of ${RUNS} runs; per request = median of ${REQUESTS} keep-alive calls`);
    console.table(rows);
    const ours = rows.find((r) => r.subject === "ours")!;
    const sdk = rows.find((r) => r.subject === "sdk")!;
    const lite = rows.find((r) => r.subject === "aws-lite")!;
    const checks = [
      [`bundled cold start ≤ 1.15× raw`, ours.coldStartBundledX <= 1.15, `${ours.coldStartBundledX}×`],
      [`node_modules cold start ≤ 1.4× raw`, ours.coldStartNodeModulesX <= 1.4, `${ours.coldStartNodeModulesX}×`],
      [`per request ≤ 1.3× raw`, ours.perRequestX <= 1.3, `${ours.perRequestX}×`],
      [`bundle ≤ 0.2× SDK`, ours.bundleKiB <= 0.2 * sdk.bundleKiB, `${(ours.bundleKiB / sdk.bundleKiB).toFixed(2)}×`],
      [`bundle < aws-lite`, ours.bundleKiB < lite.bundleKiB, `${ours.bundleKiB} vs ${lite.bundleKiB} KiB`],
    ] as const;
    for (const [name, ok, value] of checks) console.log(`${ok ? "PASS" : "MISS"}  ${name}: ${value}`);
    mkdirSync(join(here, "results"), { recursive: true });
    writeFileSync(join(here, "results", "latest.json"), JSON.stringify({ node: process.version, runs: RUNS, requests: REQUESTS, rows, checks }, null, 2));
  } finally {
    child.kill("SIGTERM");
  }
}

await main();
