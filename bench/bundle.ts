import { statSync } from "node:fs";
import { join } from "node:path";
import { build, type BuildOptions } from "esbuild";
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
 * Bundles `bench/entries/<subject>.ts` twice with esbuild. The entries import each library by its package name, so
 * this library resolves through its package.json `exports` to the dist/ layout an app would install.
 */
export async function bundleSizes(subject: Subject, benchDir: string, outDir: string): Promise<BundleSizes> {
  const entryPoints = [join(benchDir, "entries", `${subject}.ts`)];
  const common: BuildOptions = { entryPoints, bundle: true, platform: "node", logLevel: "silent", absWorkingDir: join(benchDir, "..") };
  const file = join(outDir, `${subject}.min.mjs`);
  await build({
    ...common,
    minify: true,
    format: "esm",
    target: "node20",
    mainFields: ["module", "main"],
    outfile: file,
    // CommonJS dependencies (the SDK's) call require() on Node built-ins; an ESM bundle needs one.
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  });
  const defaultsFile = join(outDir, `${subject}.defaults.cjs`);
  await build({ ...common, outfile: defaultsFile });
  return { minified: statSync(file).size, defaults: statSync(defaultsFile).size, file };
}
