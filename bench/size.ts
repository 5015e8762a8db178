/**
 * `npm run size`: the bundle size of a few real apps of this library, bundled with esbuild the way an app's build
 * does it — through the package's `exports` from the built dist/ (run `npm run build` first; it builds when dist/ is
 * missing) — with `@aws-sdk/client-lambda` and aws-lite beside them. Prints a Markdown table and the largest
 * contributors (esbuild's metafile) of each app of this library.
 *
 * For each app: the minified single-file bundle (`npm run bench`'s figure), what the app loads when it starts when
 * bundled with code splitting (the entry and its static imports; what only `import()` reaches, such as the STS / SSO
 * credential sources, stays in chunks it loads on demand), every chunk of that split build, and esbuild's default
 * settings (`--bundle --platform=node`, or `--platform=browser` for the browser apps). The bundling is bench/bundle.ts, shared with `npm run bench`.
 *
 * Options: `--top N` contributors per app (default 12), `--app NAME` (one app only), `--files` (contributors per
 * file instead of per package), `--json` (print the figures as JSON instead).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleApp, topContributors, type Contributor } from "./bundle.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/** One app: its entry file (which imports the libraries by package name) and whether it is this library's. */
export interface SizeApp {
  /** Short name used in the table and by `--app`. */
  name: string;
  /** What the app does, for the table. */
  title: string;
  /** Entry file, absolute. */
  entry: string;
  /** `false` for the SDK and aws-lite: measured for comparison, contributors not listed. */
  ours: boolean;
  /** `browser` bundles with esbuild --platform=browser (a page or a worker). @default "node" */
  platform?: "node" | "browser";
}

/** The apps `npm run size` measures. `one-command` is `npm run bench`'s bundle subject. */
export const SIZE_APPS: readonly SizeApp[] = [
  { name: "one-command", title: "`LambdaClient` + one command, static credentials", entry: join(here, "entries", "ours.ts"), ours: true },
  { name: "default-settings", title: "`LambdaClient` + one command, default settings (`new LambdaClient({})`)", entry: join(here, "size-apps", "default-settings.ts"), ours: true },
  { name: "aggregate", title: "the `Lambda` aggregate, static credentials", entry: join(here, "size-apps", "aggregate.ts"), ours: true },
  { name: "local", title: "the local service (`lambda-event-source-mappings/local`)", entry: join(here, "size-apps", "local-service.ts"), ours: true },
  { name: "browser", title: "`LambdaClient` + one command in a browser (`--platform=browser`)", entry: join(here, "size-apps", "browser-one-command.ts"), ours: true, platform: "browser" },
  { name: "sdk", title: "`@aws-sdk/client-lambda`, `LambdaClient` + one command", entry: join(here, "entries", "sdk.ts"), ours: false },
  { name: "sdk-browser", title: "`@aws-sdk/client-lambda` in a browser (`--platform=browser`)", entry: join(here, "size-apps", "browser-sdk.ts"), ours: false, platform: "browser" },
  { name: "aws-lite", title: "`@aws-lite/client` + `@aws-lite/lambda`, one call", entry: join(here, "entries", "aws-lite.ts"), ours: false },
];

/** The figures of one app, in bytes. */
export interface SizeRow {
  /** The app's name. */
  app: string;
  /** Minified single-file bundle. */
  minified: number;
  /** Minified with code splitting: what is loaded at start. */
  loadedAtStart: number;
  /** Minified with code splitting: every chunk. */
  splitTotal: number;
  /** esbuild's default settings. */
  defaults: number;
  /** Largest contributors to the minified single file (empty for the SDK and aws-lite). */
  top: Contributor[];
}

/** Bundles one app in every mode into `outDir`. */
export async function measureApp(app: SizeApp, outDir: string, top: number, groupPackages = true): Promise<SizeRow> {
  const minified = await bundleApp(app.entry, "minified", outDir, root, app.platform);
  const split = await bundleApp(app.entry, "split", outDir, root, app.platform);
  const defaults = await bundleApp(app.entry, "defaults", outDir, root, app.platform);
  return {
    app: app.name,
    minified: minified.bytes,
    loadedAtStart: split.loadedBytes,
    splitTotal: split.bytes,
    defaults: defaults.bytes,
    top: app.ours ? topContributors(minified.metafile, top, groupPackages) : [],
  };
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const cell = (bytes: number): string => `${bytes.toLocaleString("en-US")} B (${kib(bytes)})`;

/** The Markdown table of the rows, then each app's contributors. */
export function renderSizes(rows: readonly SizeRow[], apps: readonly SizeApp[] = SIZE_APPS): string {
  const lines = [
    "| app | minified, one file | loaded at start (code splitting) | all chunks (code splitting) | esbuild defaults |",
    "|---|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const title = apps.find((a) => a.name === r.app)?.title ?? r.app;
    lines.push(`| ${title} | ${cell(r.minified)} | ${cell(r.loadedAtStart)} | ${cell(r.splitTotal)} | ${cell(r.defaults)} |`);
  }
  for (const r of rows.filter((x) => x.top.length > 0)) {
    lines.push("", `Largest in \`${r.app}\` (minified, one file):`, "");
    for (const c of r.top) lines.push(`- ${c.bytes.toLocaleString("en-US").padStart(7)} B  ${c.name}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!existsSync(join(root, "dist", "bundler", "index.js"))) {
    const b = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (b.status !== 0) throw new Error("npm run build failed");
  }
  const only = option("app");
  const apps = SIZE_APPS.filter((a) => only === undefined || a.name === only);
  if (apps.length === 0) throw new Error(`--app ${only}: no such app (${SIZE_APPS.map((a) => a.name).join(", ")})`);
  const dir = mkdtempSync(join(tmpdir(), "esm-size-"));
  try {
    const rows: SizeRow[] = [];
    for (const app of apps) rows.push(await measureApp(app, dir, Number(option("top") ?? 12), !argv.includes("--files")));
    console.log(argv.includes("--json") ? JSON.stringify(rows, null, 2) : renderSizes(rows, apps));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
