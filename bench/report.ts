import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { LABELS, type BenchResults, type Label, type Row } from "./results.js";
import { ratio } from "./stats.js";

const NAMES: Record<Label, string> = {
  raw: "raw `node:http`",
  "raw (again)": "raw `node:http`, again (noise)",
  ours: "**this library**",
  "aws-lite": "aws-lite",
  sdk: "`@aws-sdk/client-lambda`",
};
const KiB = (bytes: number | undefined): string => (bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)} KiB`);
const MB = (bytes: number | undefined): string => (bytes === undefined ? "–" : `${(bytes / 1e6).toFixed(1)} MB`);
const times = (x: number | undefined): string => (x === undefined ? "" : ` (${x.toFixed(2)}×)`);
const signed = (x: number): string => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(0)}`;

/** RSS growth between 10,000 and `memoryRequests` requests, in KiB per 10,000 requests. */
export function rssSlopeKiBPer10k(row: Row, memoryRequests: number): number | undefined {
  if (row.rssAt10kBytes === undefined || row.rssAtEndBytes === undefined || memoryRequests <= 10_000) return undefined;
  return (row.rssAtEndBytes - row.rssAt10kBytes) / 1024 / ((memoryRequests - 10_000) / 10_000);
}
const thousands = (n: number): string => n.toLocaleString("en-US");

/** Target lines: what the issue asks for, and whether this run meets it. */
export function targetLines(r: BenchResults): string[] {
  const raw = r.rows.raw!;
  const ours = r.rows.ours!;
  const lite = r.rows["aws-lite"]!;
  const sdk = r.rows.sdk!;
  const lines: string[] = [];
  const check = (ok: boolean | undefined, text: string): void => void lines.push(`- ${ok === undefined ? "n/a" : ok ? "met" : "**not met**"}: ${text}`);
  const x = (a?: number, b?: number): number | undefined => ratio(a, b);
  const per = x(ours.perRequestUs, raw.perRequestUs);
  check(per !== undefined && per <= 1.3 && ours.perRequestUs! < lite.perRequestUs!, `per request ≤ 1.30× raw and below aws-lite — ${per}× (aws-lite ${x(lite.perRequestUs, raw.perRequestUs)}×)`);
  const cb = x(ours.coldBundleMs, raw.coldBundleMs);
  check(cb !== undefined && cb <= 1.1 && ours.coldBundleMs! < lite.coldBundleMs!, `cold start from an esbuild bundle ≤ 1.10× raw and below aws-lite — ${cb}× (aws-lite ${x(lite.coldBundleMs, raw.coldBundleMs)}×)`);
  const cn = x(ours.coldNodeModulesMs, raw.coldNodeModulesMs);
  check(cn !== undefined && cn <= 1.25 && ours.coldNodeModulesMs! < lite.coldNodeModulesMs!, `cold start from node_modules ≤ 1.25× raw and below aws-lite — ${cn}× (aws-lite ${x(lite.coldNodeModulesMs, raw.coldNodeModulesMs)}×)`);
  const b = ours.bundleMinifiedBytes!;
  check(b <= 70 * 1024 && b <= 0.2 * sdk.bundleMinifiedBytes!, `bundle of LambdaClient + one command ≤ 70 KiB minified and ≤ 0.2× the SDK — ${KiB(b)}, ${x(b, sdk.bundleMinifiedBytes)}× the SDK (esbuild defaults: ${KiB(ours.bundleDefaultsBytes)})`);
  if (ours.rssAt10kBytes !== undefined && raw.rssAt10kBytes !== undefined) {
    const over = ours.rssAt10kBytes - raw.rssAt10kBytes;
    check(over <= 10e6, `RSS within 10 MB of the raw floor — ${MB(over)} above it after 10,000 requests`);
    const n = r.settings.memoryRequests;
    const slope = rssSlopeKiBPer10k(ours, n)!;
    check(slope <= 256, `RSS flat between 10,000 and ${thousands(n)} requests — ${signed(slope)} KiB per 10,000 requests (raw ${signed(rssSlopeKiBPer10k(raw, n)!)})`);
  }
  if (ours.paginate) {
    const p = ours.paginate;
    check(p.peak - p.peak10 <= 4e6, `paginating ${p.items} mappings: memory independent of the number of pages — peak RSS ${MB(p.peak10)} after 10 pages, ${MB(p.peak)} after ${p.pages}; ${p.ms.toFixed(0)} ms`);
  }
  if (r.browserBundleBytes) {
    const { ours: o, sdk: k, nodeBuiltins } = r.browserBundleBytes;
    const builtins = nodeBuiltins.length === 0 ? "no Node built-in" : `Node built-ins: ${nodeBuiltins.join(", ")}`;
    lines.push(`- reported: one command bundled for a browser (esbuild --platform=browser, minified) — ${KiB(o)}, ${x(o, k)}× the SDK's ${KiB(k)}; ${builtins}`);
  }
  if (ours.concurrentRps !== undefined) {
    lines.push(`- reported: 64 concurrent sends — ${ours.concurrentRps.toFixed(0)} requests/s, ${x(ours.concurrentRps, raw.concurrentRps)}× raw with the same 64-socket pool`);
  }
  return lines;
}

/** The bench table(s), the noise estimate and the targets, as Markdown. */
export function renderMarkdown(r: BenchResults): string {
  const raw = r.rows.raw!;
  const again = r.rows["raw (again)"]!;
  const load = (l: number[]): string => l.map((v) => v.toFixed(1)).join(" / ");
  const out: string[] = [];
  out.push(
    `Measured ${r.startedAt.slice(0, 16).replace("T", " ")} UTC on ${r.cpu} (${r.cores} cores), Node ${r.node}, in ${r.seconds} s; ` +
      `load average (1/5/15 min) ${load(r.loadBefore)} before, ${load(r.loadAfter)} after. ` +
      `${r.settings.rounds} rounds × ${r.settings.coldPerRound} cold starts per subject, ${r.settings.requests} requests per per-request process, ` +
      `${thousands(r.settings.concurrentRequests)} concurrent sends, memory probe of ${thousands(r.settings.memoryRequests)} requests; medians; ratios are to raw \`node:http\` in the same run.`,
    "",
    "| | cold start, node_modules | cold start, esbuild bundle | per request (keep-alive, 10-item page) | 64 concurrent sends |",
    "|---|---|---|---|---|",
  );
  for (const label of LABELS) {
    const row = r.rows[label]!;
    out.push(
      `| ${NAMES[label]} | ${row.coldNodeModulesMs!.toFixed(1)} ms${times(ratio(row.coldNodeModulesMs, raw.coldNodeModulesMs))} | ` +
        `${row.coldBundleMs!.toFixed(1)} ms${times(ratio(row.coldBundleMs, raw.coldBundleMs))} | ` +
        `${row.perRequestUs!.toFixed(0)} µs${times(ratio(row.perRequestUs, raw.perRequestUs))} | ` +
        `${row.concurrentRps === undefined ? "–" : `${row.concurrentRps.toFixed(0)} req/s${times(ratio(row.concurrentRps, raw.concurrentRps))}`} |`,
    );
  }
  out.push(
    "",
    `| | bundle, one command (minified) | bundle, esbuild defaults | RSS after 10,000 requests | RSS slope, 10,000 → ${thousands(r.settings.memoryRequests)} requests | paginating ${r.settings.mappings} mappings | peak RSS paginating (after 10 pages / all) |`,
    "|---|---|---|---|---|---|---|",
  );
  for (const label of LABELS) {
    if (label === "raw (again)") continue;
    const row = r.rows[label]!;
    const slope = rssSlopeKiBPer10k(row, r.settings.memoryRequests);
    const p = row.paginate;
    out.push(
      `| ${NAMES[label]} | ${KiB(row.bundleMinifiedBytes)} | ${KiB(row.bundleDefaultsBytes)} | ${MB(row.rssAt10kBytes)} | ` +
        `${slope === undefined ? "–" : `${signed(slope)} KiB per 10,000`} | ${p ? `${p.ms.toFixed(0)} ms (${p.pages} pages)` : "–"} | ${p ? `${MB(p.peak10)} / ${MB(p.peak)}` : "–"} |`,
    );
  }
  const noise = (a?: number, b?: number): string => `${(Math.abs((a! / b!) - 1) * 100).toFixed(1)}%`;
  out.push(
    "",
    `Noise (raw measured twice in the same rounds): ${noise(again.coldNodeModulesMs, raw.coldNodeModulesMs)} cold from node_modules, ` +
      `${noise(again.coldBundleMs, raw.coldBundleMs)} cold from a bundle, ${noise(again.perRequestUs, raw.perRequestUs)} per request.`,
    "",
    "Targets (issue 12):",
    "",
    ...targetLines(r),
  );
  return out.join("\n");
}

/** A horizontal bar chart of the three time ratios to raw (lower is better), as a standalone SVG. */
export function renderSvg(r: BenchResults): string {
  const raw = r.rows.raw!;
  const figures = [
    ["cold start, node_modules", "coldNodeModulesMs"],
    ["cold start, esbuild bundle", "coldBundleMs"],
    ["per request", "perRequestUs"],
  ] as const;
  const subjects = [
    ["this library", "ours", "#2b6cb0"],
    ["aws-lite", "aws-lite", "#d69e2e"],
    ["@aws-sdk/client-lambda", "sdk", "#a0aec0"],
  ] as const;
  const ratios = figures.flatMap(([, key]) => subjects.map(([, label]) => ratio(r.rows[label]![key], raw[key]) ?? 0));
  const maxRatio = Math.max(2, Math.ceil(Math.max(...ratios) * 2) / 2);
  const left = 190;
  const width = 720;
  const scale = (x: number): number => ((width - left - 60) * x) / maxRatio;
  const bar = 16;
  const group = subjects.length * (bar + 4) + 22;
  const top = 40;
  const height = top + figures.length * group + 40;
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">Time as a multiple of raw node:http (lower is better), node ${esc(r.node)}, ${esc(r.startedAt.slice(0, 10))}</text>`,
  ];
  figures.forEach(([title, key], g) => {
    const y0 = top + g * group;
    parts.push(`<text x="10" y="${y0 + 12}" font-weight="bold">${esc(title)}</text>`);
    subjects.forEach(([name, label, color], i) => {
      const y = y0 + 18 + i * (bar + 4);
      const value = ratio(r.rows[label]![key], raw[key]) ?? 0;
      parts.push(
        `<text x="${left - 8}" y="${y + 12}" text-anchor="end">${esc(name)}</text>`,
        `<rect x="${left}" y="${y}" width="${scale(value).toFixed(1)}" height="${bar}" fill="${color}"/>`,
        `<text x="${(left + scale(value) + 4).toFixed(1)}" y="${y + 12}">${value.toFixed(2)}×</text>`,
      );
    });
  });
  const one = left + scale(1);
  parts.push(
    `<line x1="${one}" y1="${top}" x2="${one}" y2="${height - 30}" stroke="#c53030" stroke-dasharray="4 3"/>`,
    `<text x="${one}" y="${height - 16}" text-anchor="middle" fill="#c53030">raw = 1×</text>`,
    "</svg>",
  );
  return `${parts.join("\n")}\n`;
}

const START = "<!-- bench:start (generated by npm run bench; edit bench/report.ts, not this part) -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of docs/performance.md (between the bench markers), keeping the written text around it. */
export function updateDoc(file: string, markdown: string): void {
  const generated = `${START}\n${markdown}\n\n![Time as a multiple of raw node:http](performance.svg)\n${END}`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : `# Performance\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} lacks the bench markers; add ${START} and ${END} where the table goes`);
  writeFileSync(file, text.slice(0, start) + generated + text.slice(end + END.length));
}
