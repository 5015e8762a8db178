import { join, relative, resolve } from "node:path";
import { build, type BuildOptions, type Metafile } from "esbuild";
import type { Subject } from "./probe-script.js";

/** Bytes of the two bundles of one subject's entry (bench/entries), and the file of the one the cold start runs. */
export interface BundleSizes {
  /** `--bundle --minify --platform=node --format=esm --main-fields=module,main`: the tuned one-command bundle. */
  minified: number;
  /** `--bundle --platform=node` and nothing else: what an app gets from esbuild's default settings. */
  defaults: number;
  /** The minified ESM bundle, which the bundled cold start runs. */
  file: string;
}

/**
 * How an app is bundled:
 * - `minified`: one file, `--bundle --minify --platform=node --format=esm --target=node20 --main-fields=module,main`
 *   (what a size-minded app does; the figure `npm run bench` and `npm run size` report as the bundle);
 * - `defaults`: one file, `--bundle --platform=node` and nothing else (esbuild's default settings);
 * - `split`: `minified` with `--splitting`, so what the app reaches only through `import()` lands in chunks of its own.
 */
export type BundleMode = "minified" | "defaults" | "split";

/** What one esbuild run of an app produced. */
export interface AppBundle {
  /** Bytes of every output file (for `split`: the entry and all its chunks). */
  bytes: number;
  /** Bytes of the files the app loads when it starts: the entry and the chunks it imports statically (`split`); otherwise {@link bytes}. */
  loadedBytes: number;
  /** The entry's output file (absolute). */
  file: string;
  /** esbuild's metafile of the run. */
  metafile: Metafile;
}

// CommonJS dependencies (the SDK's) call require() on Node built-ins; an ESM bundle needs one.
const REQUIRE_BANNER = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/**
 * Bundles one app with esbuild. Entries import this library by its package name, so it resolves through its
 * package.json `exports` to the built dist/ layout an app would install (run `npm run build` first).
 * `outDir` receives the output, named after the entry.
 */
export async function bundleApp(entry: string, mode: BundleMode, outDir: string, workingDir: string, platform: "node" | "browser" = "node"): Promise<AppBundle> {
  const name = entry.replace(/^.*[\\/]/, "").replace(/\.[cm]?[jt]s$/, "");
  // tsconfigRaw: the repository's tsconfig.json maps the package name to src/ (for type-checking examples); an app
  // resolves the name through package.json `exports` to dist/, so esbuild must not read those paths.
  const common: BuildOptions = { entryPoints: [entry], bundle: true, platform, logLevel: "silent", absWorkingDir: workingDir, metafile: true, tsconfigRaw: {} };
  // For a browser app: esbuild's browser resolution (`browser` condition and fields), no Node require shim.
  const tuned: BuildOptions =
    platform === "browser"
      ? { ...common, minify: true, format: "esm", target: "es2022" }
      : { ...common, minify: true, format: "esm", target: "node20", mainFields: ["module", "main"], banner: { js: REQUIRE_BANNER } };
  const options: BuildOptions =
    mode === "defaults"
      ? { ...common, outfile: join(outDir, `${name}.defaults.${platform === "browser" ? "js" : "cjs"}`) }
      : mode === "minified"
        ? { ...tuned, outfile: join(outDir, `${name}.min.mjs`) }
        : { ...tuned, splitting: true, outdir: join(outDir, `${name}.split`), outExtension: { ".js": ".mjs" } };
  const metafile = (await build(options)).metafile!;
  const outputs = metafile.outputs;
  // Chunks that import() reaches carry an entryPoint too: the app's own output is the one built from `entry`.
  const entryOut = Object.keys(outputs).find((f) => outputs[f]!.entryPoint !== undefined && resolve(workingDir, outputs[f]!.entryPoint!) === resolve(entry))!;
  let bytes = 0;
  for (const o of Object.values(outputs)) bytes += o.bytes;
  return { bytes, loadedBytes: mode === "split" ? staticallyLoaded(metafile, entryOut) : bytes, file: resolve(workingDir, entryOut), metafile };
}

/** Bytes of `entry` and every output it reaches through static imports (what Node loads before the app runs). */
export function staticallyLoaded(metafile: Metafile, entry: string): number {
  const seen = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of metafile.outputs[file]!.imports) if (i.kind === "import-statement" && !i.external && metafile.outputs[i.path]) todo.push(i.path);
  }
  let bytes = 0;
  for (const file of seen) bytes += metafile.outputs[file]!.bytes;
  return bytes;
}

/** One line of {@link topContributors}: a source module of this library (`src/...`) or a package, and its bytes. */
export interface Contributor {
  /** `src/credentials/sts-request.ts` for this library's modules (from dist/bundler or src), or the package name. */
  name: string;
  /** Bytes it adds to the minified output (esbuild's `bytesInOutput`). */
  bytes: number;
}

/**
 * The largest inputs of all outputs of a run, as this library's source modules and whole packages (a package's
 * files summed), largest first. dist/bundler files are named after the `src/` module they were built from.
 */
export function topContributors(metafile: Metafile, count: number, groupPackages = true): Contributor[] {
  const sums = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = contributorName(input, groupPackages);
      sums.set(name, (sums.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sums].map(([name, bytes]) => ({ name, bytes })).filter((c) => c.bytes > 0).sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

/** `node_modules/@smithy/core/dist-es/x.js` → `@smithy/core`; `.../dist/bundler/client/x.js` → `src/client/x.ts`. */
function contributorName(input: string, groupPackages: boolean): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  // This library resolved through its own package name (self-reference) lands under dist/, not node_modules/.
  const ours = /(?:^|\/)dist\/bundler\/(.*)\.js$/.exec(input) ?? /(?:^|\/)src\/(.*)\.ts$/.exec(input);
  if (ours && !pkg) return `src/${ours[1]}.ts`;
  if (pkg) return groupPackages ? pkg[1]! : `${pkg[1]}/${pkg[2]}`;
  return relative(".", input);
}

/**
 * Bundles `bench/entries/<subject>.ts` twice with esbuild (`minified` and `defaults`, see {@link bundleApp}) for
 * `npm run bench`. The entries import each library by its package name, so this library resolves through its
 * package.json `exports` to the dist/ layout an app would install.
 */
export async function bundleSizes(subject: Subject, benchDir: string, outDir: string): Promise<BundleSizes> {
  const entry = join(benchDir, "entries", `${subject}.ts`);
  const workingDir = join(benchDir, "..");
  const minified = await bundleApp(entry, "minified", outDir, workingDir);
  const defaults = await bundleApp(entry, "defaults", outDir, workingDir);
  return { minified: minified.bytes, defaults: defaults.bytes, file: minified.file };
}
