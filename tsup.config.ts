import { defineConfig } from "tsup";

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
  },
]);
