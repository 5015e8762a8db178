import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type BuildResult } from "esbuild";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Bundles a file of test/runtimes/fixtures as an app would for a browser-like runtime: esbuild --platform=browser,
 * ESM, with a metafile, and the package resolved by its name through package.json `exports` (needs `npm run build`).
 * Not with the repository's tsconfig.json, whose paths map the package name to src/. `options` adds to or replaces
 * these settings (`conditions`, `write`, `outfile`).
 */
export function bundleFixture(fixture: string, options: BuildOptions): Promise<BuildResult<{ metafile: true; write: boolean }>> {
  return build({
    entryPoints: [fileURLToPath(new URL(`fixtures/${fixture}`, import.meta.url))],
    absWorkingDir: ROOT,
    tsconfigRaw: {},
    bundle: true,
    platform: "browser",
    format: "esm",
    metafile: true,
    logLevel: "silent",
    ...options,
  }) as Promise<BuildResult<{ metafile: true; write: boolean }>>;
}
