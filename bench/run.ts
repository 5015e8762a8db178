/**
 * `npm run bench`: speed, size and memory of this client against `@aws-sdk/client-lambda`, aws-lite and a raw
 * `node:http` floor on this machine, in one run. Every probe runs in a fresh process; the cold-start and
 * per-request probes are interleaved over several rounds (subjects rotated each round) and the raw floor is
 * measured twice, as the noise estimate. Then the local service's write cost with 1,000 mappings of ~20 KB
 * (bench/local-storage.ts, also runnable alone with `npm run bench:storage`). Prints a Markdown table, writes it with an SVG chart into
 * docs/performance.md (between its bench markers) and docs/performance.svg, and the figures to
 * bench/results/latest.json. See docs/performance.md for what each figure is.
 *
 * The default run is sized to finish in a few minutes on a loaded 2-core machine (5 rounds, 1,000 requests per
 * per-request process, memory of the raw floor and this library only, RSS sampled at 10,000 and 40,000 requests,
 * 5,000 concurrent sends); `--full` is the long run (7 rounds, 2,000 requests, memory of every subject up to 100,000
 * requests, 20,000 concurrent sends). Options override either: `--rounds N`, `--cold N` cold starts per subject per
 * round (default 2), `--requests N` per per-request process, `--memory N` requests of the memory probe, `--concurrent N`
 * sends of the concurrency probe; `--quick` (tiny counts: checks that every piece runs, measures nothing),
 * `--no-write` (print only).
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleApp, bundleSizes, type BundleSizes } from "./bundle.js";
import { probeScript, SUBJECTS, type Subject } from "./probe-script.js";
import { lastJson, runProbe, startHelper } from "./processes.js";
import { renderMarkdown, renderSvg, updateDoc } from "./report.js";
import { LABELS, subjectOf, type BenchResults, type Label, type Row } from "./results.js";
import { median, rotate } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const quick = flag("quick");
const full = flag("full");
const settings = {
  rounds: arg("rounds", quick ? 1 : full ? 7 : 5),
  coldPerRound: arg("cold", quick ? 1 : 2),
  requests: arg("requests", quick ? 50 : full ? 2000 : 1000),
  concurrentRequests: arg("concurrent", quick ? 200 : full ? 20_000 : 5_000),
  memoryRequests: arg("memory", full ? 100_000 : 40_000),
  // The memory targets are about this library against the floor; the other two are measured in the long run.
  memorySubjects: (full ? SUBJECTS : ["raw", "ours"]) as readonly Subject[],
  mappings: quick ? 1_000 : 10_000,
};

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();
  if (!existsSync(join(root, "dist", "index.js"))) {
    const b = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (b.status !== 0) throw new Error("npm run build failed");
  }
  const dir = mkdtempSync(join(tmpdir(), "esm-bench-"));
  const tsx = ["--import", "tsx"];
  const helpers: { child: ChildProcess }[] = [];
  try {
    // Each helper is stopped in `finally`, also when the next one fails to start (it would keep this run's pipes open).
    const responder = await startHelper([...tsx, join(here, "server.ts")]);
    helpers.push(responder);
    const local = await startHelper([...tsx, join(here, "local-server.ts"), String(settings.mappings)]);
    helpers.push(local);
    const endpoint = `http://127.0.0.1:${responder.line}`;
    const scripts = {} as Record<Subject, string>;
    const bundles = {} as Record<Subject, BundleSizes>;
    for (const s of SUBJECTS) {
      scripts[s] = join(dir, `probe-${s}.mjs`);
      writeFileSync(scripts[s], probeScript(s, root));
      bundles[s] = await bundleSizes(s, here, dir);
    }
    // The browser build of one command (the same apps as npm run size's "browser" rows), and any Node built-in in it.
    const browserApp = (name: string) => bundleApp(join(here, "size-apps", `${name}.ts`), "minified", dir, join(here, ".."), "browser");
    const [browserOurs, browserSdk] = [await browserApp("browser-one-command"), await browserApp("browser-sdk")];
    const nodeBuiltins = Object.values(browserOurs.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    const browserBundleBytes = { ours: browserOurs.bytes, sdk: browserSdk.bytes, nodeBuiltins };
    const samples = Object.fromEntries(LABELS.map((l) => [l, { nm: [] as number[], bundle: [] as number[], perRequest: [] as number[] }]));
    for (let round = 0; round < settings.rounds; round++) {
      process.stderr.write(`round ${round + 1}/${settings.rounds}\n`);
      for (const label of rotate(LABELS, round)) {
        const s = subjectOf(label);
        for (let i = 0; i < settings.coldPerRound; i++) {
          samples[label]!.nm.push((await runProbe([scripts[s], endpoint, "cold"])).firstLineMs);
          samples[label]!.bundle.push((await runProbe([bundles[s].file, endpoint])).firstLineMs);
        }
        const loop = await runProbe([scripts[s], endpoint, "loop", String(settings.requests)]);
        samples[label]!.perRequest.push(lastJson<{ medianUs: number }>(loop).medianUs);
      }
    }
    const rows: Partial<Record<Label, Row>> = {};
    for (const label of LABELS) {
      const s = samples[label]!;
      rows[label] = { coldNodeModulesMs: median(s.nm), coldBundleMs: median(s.bundle), perRequestUs: median(s.perRequest) };
    }
    for (const s of SUBJECTS) {
      process.stderr.write(`memory, pagination and concurrency: ${s}\n`);
      const row = rows[s]!;
      row.bundleMinifiedBytes = bundles[s].minified;
      row.bundleDefaultsBytes = bundles[s].defaults;
      if (!quick && settings.memorySubjects.includes(s)) {
        const memory = lastJson<{ at10k: number; atEnd: number }>(await runProbe([scripts[s], endpoint, "memory", String(settings.memoryRequests)], ["--expose-gc"]));
        row.rssAt10kBytes = memory.at10k;
        row.rssAtEndBytes = memory.atEnd;
      }
      row.paginate = lastJson(await runProbe([scripts[s], local.line, "paginate"], ["--expose-gc"]));
      row.concurrentRps = lastJson<{ rps: number }>(await runProbe([scripts[s], endpoint, "concurrent", String(settings.concurrentRequests)])).rps;
    }
    const results: BenchResults = {
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      loadBefore,
      loadAfter: loadavg(),
      startedAt: new Date(started).toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      settings: { ...settings, memorySubjects: [...settings.memorySubjects] },
      rows,
      browserBundleBytes,
    };
    const markdown = renderMarkdown(results);
    console.log(markdown);
    // The local service's write cost with a large state (a journal line per change, not the whole state rewritten).
    const storageArgs = ["--mappings", String(quick ? 50 : 1000), "--updates", String(quick ? 10 : 100)];
    const storage = spawnSync(process.execPath, [...tsx, join(here, "local-storage.ts"), ...storageArgs], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (storage.status !== 0) throw new Error("bench/local-storage.ts failed");
    console.log(`\n${storage.stdout.trimEnd()}`);
    if (!quick && !flag("no-write")) {
      mkdirSync(join(here, "results"), { recursive: true });
      writeFileSync(join(here, "results", "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
      writeFileSync(join(root, "docs", "performance.svg"), renderSvg(results));
      updateDoc(join(root, "docs", "performance.md"), markdown);
    }
  } finally {
    for (const helper of helpers) helper.child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
