import { defineConfig } from "tsup";

/**
 * The smithy runtime code we use (client, middleware stack, HttpRequest, SigV4, INI parser) is
 * compiled into dist/ tree-shaken from its ESM build: loading @smithy/core at run time costs ~20 ms
 * of cold start (`npm run bench`), which control-plane functions pay on every start. The packages
 * stay dependencies because the public types come from them. `@smithy/types` is types only.
 */
const bundleSmithy = {
  noExternal: [/^@smithy\/(?!types$)/],
  esbuildOptions(options: { mainFields?: string[]; minifyWhitespace?: boolean; minifySyntax?: boolean }) {
    options.mainFields = ["module", "main"];
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
};

/** ESM and CJS builds with declarations; the CLI is ESM-only with a shebang. */
export default defineConfig([
  {
    entry: { index: "src/index.ts", "local/index": "src/local/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    splitting: false,
    treeshake: true,
    target: "node20",
    outDir: "dist",
    ...bundleSmithy,
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: false,
    target: "node20",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
    ...bundleSmithy,
  },
]);
