// The bench's pieces run and report what they measured (speed itself is never asserted: see npm run bench).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenItemPage } from "../../bench/page.js";
import { probeScript } from "../../bench/probe-script.js";
import { renderMarkdown, renderSvg, updateDoc } from "../../bench/report.js";
import type { BenchResults, Row } from "../../bench/results.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
let server: Server;
let endpoint: string;
let dir: string;
const paths: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bench-pieces-"));
  const body = JSON.stringify(tenItemPage());
  server = createServer((req, res) => {
    paths.push(`${req.url} ${req.headers.authorization?.startsWith("AWS4-HMAC-SHA256 Credential=test/") ? "signed" : "unsigned"}`);
    req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("bench probes", () => {
  it("the cold probe of this library sends one signed ListEventSourceMappings and reads the 10-item page", async () => {
    const file = join(dir, "ours.mjs");
    writeFileSync(file, probeScript("ours", root));
    const before = paths.length;
    const { stdout } = await run(process.execPath, [file, endpoint, "cold"]);
    expect(stdout.trim()).toBe("ok");
    expect(paths.slice(before)).toEqual(["/2015-03-31/event-source-mappings?MaxItems=10 signed"]);
  });

  it("the loop probe of the raw floor makes 300 warm-up calls plus the timed ones and prints their median", async () => {
    const file = join(dir, "raw.mjs");
    writeFileSync(file, probeScript("raw", root));
    const before = paths.length;
    const { stdout } = await run(process.execPath, [file, endpoint, "loop", "5"]);
    expect(JSON.parse(stdout).medianUs).toBeGreaterThan(0);
    expect(paths.slice(before)).toEqual(Array(305).fill("/2015-03-31/event-source-mappings?MaxItems=10 unsigned"));
  });
});

const row = (x: number): Row => ({
  coldNodeModulesMs: 60 * x,
  coldBundleMs: 50 * x,
  perRequestUs: 100 * x,
  bundleMinifiedBytes: 1024 * 60 * x,
  bundleDefaultsBytes: 1024 * 200 * x,
  rssAt10kBytes: 40e6 + 5e6 * x,
  rssAtEndBytes: 40e6 + 5e6 * x + 30_000,
  paginate: { ms: 900, items: 10_000, pages: 100, before: 40e6, peak10: 50e6, peak: 51e6 },
  concurrentRps: 8000 / x,
});
const results: BenchResults = {
  node: "v20.0.0",
  cpu: "test cpu",
  cores: 2,
  loadBefore: [0.1, 0.2, 0.3],
  loadAfter: [0.4, 0.5, 0.6],
  startedAt: "2026-12-03T08:00:00.000Z",
  seconds: 200,
  settings: { rounds: 5, coldPerRound: 2, requests: 1000, concurrentRequests: 5_000, memoryRequests: 40_000, memorySubjects: ["raw", "ours"], mappings: 10_000 },
  rows: { raw: row(1), "raw (again)": row(1.02), ours: row(1.2), "aws-lite": row(1.3), sdk: row(3) },
};

describe("npm run bench:instructions", () => {
  // The callgrind runs themselves need valgrind and minutes; their probe is what they count, run here without it.
  it.each(["smithy-sign", "sign", "digests", "send"])("the %s probe completes the operations it is asked for", async (subject) => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", join(root, "bench", "instructions.ts"), "--probe", subject, "25"], { cwd: root, timeout: 120_000 });
    expect(JSON.parse(stdout.trim())).toEqual({ subject, operations: 25 });
  });
});

describe("bench report", () => {
  it("prints medians with ratios to raw, the noise, and each target as met or not", () => {
    const md = renderMarkdown(results);
    expect(md).toContain("| **this library** | 72.0 ms (1.20×) | 60.0 ms (1.20×) | 120 µs (1.20×) | 6667 req/s (0.83×) |");
    expect(md).toContain("2.0% cold from node_modules");
    expect(md).toContain("- met: per request ≤ 1.30× raw and below aws-lite — 1.2× (aws-lite 1.3×)");
    expect(md).toContain("- **not met**: cold start from an esbuild bundle ≤ 1.10× raw");
    expect(md).toContain("- **not met**: bundle of LambdaClient + one command ≤ 70 KiB minified and ≤ 0.2× the SDK — 72.0 KiB, 0.4× the SDK");
    // 30,000 bytes over the 30,000 requests from 10,000 to 40,000: 9.8 KiB per 10,000.
    expect(md).toContain("+10 KiB per 10,000");
    expect(md).toContain("RSS slope, 10,000 → 40,000 requests");
  });

  it("reports the browser bundle of one command beside the SDK's, and any Node built-in in it", () => {
    const withBrowser = (nodeBuiltins: string[]) => renderMarkdown({ ...results, browserBundleBytes: { ours: 100 * 1024, sdk: 200 * 1024, nodeBuiltins } });
    expect(withBrowser([])).toContain("- reported: one command bundled for a browser (esbuild --platform=browser, minified) — 100.0 KiB, 0.5× the SDK's 200.0 KiB; no Node built-in");
    expect(withBrowser(["node:fs"])).toContain("Node built-ins: node:fs");
    expect(renderMarkdown(results)).not.toContain("bundled for a browser");
  });

  it("rewrites only the generated part of docs/performance.md and draws one bar per subject and figure", () => {
    const file = join(dir, "performance.md");
    writeFileSync(file, "# Title\n\nkept above\n\n<!-- bench:start (generated by npm run bench; edit bench/report.ts, not this part) -->\nold\n<!-- bench:end -->\n\nkept below\n");
    updateDoc(file, "NEW TABLE");
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^# Title\n\nkept above\n\n<!-- bench:start[^\n]*-->\nNEW TABLE\n/);
    expect(text).not.toContain("old");
    expect(text).toMatch(/<!-- bench:end -->\n\nkept below\n$/);
    expect(renderSvg(results).match(/<rect x="190"/g)).toHaveLength(9);
  });
});
