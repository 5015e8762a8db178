import { defineConfig, type Options } from "tsup";
import { browserSwaps } from "./scripts/browser-swaps.js";
import { requireTransport } from "./scripts/require-transport.js";

/**
 * Two layouts of the same code (README "Runtime dependencies" explains and `npm run bench` measures both):
 *
 * - **Node** (`dist/*.js`, `dist/*.cjs`, what `import`/`require` load): smithy's internals (Client,
 *   middleware stack, SigV4, INI parser) are compiled in, tree-shaken from their ESM builds — loading
 *   `@smithy/core`'s CommonJS build at run time would add a third to cold start. The classes that
 *   user code and request handlers test with `instanceof` — `HttpRequest`/`HttpResponse`, defined in
 *   `@smithy/core/transport` and re-exported by `@smithy/protocol-http` — stay external, so they are
 *   the installed ones, shared with `@aws-sdk/*`. `ServiceException` may be compiled in: its
 *   `Symbol.hasInstance` recognizes any copy.
 * - **Bundlers** (`dist/bundler/**`, the `module` condition): one file per source module, not bundled, and every
 *   `@smithy/*` import stays a package import, so the app's bundler tree-shakes per module (`sideEffects: false`) and
 *   an app that also uses the SDK bundles one copy of smithy, tree-shaken once.
 *
 * - **Browsers, workers, Deno, React Native** (`dist/browser/index.js`, the `browser`/`worker`/`workerd`/`deno`/
 *   `react-native`/`default` conditions): the bundler layout built for `platform: "browser"` with every `x.browser.ts`
 *   twin swapped in (src/runtime/README.md), so no Node built-in and no `process.env` is in it: fetch, the pure-JS
 *   SHA-256, no credential chain.
 *
 * All are unminified with source maps (stack traces point to `src/`): minifying saved about 1% of
 * cold start from node_modules, measured by `npm run bench`, not worth unreadable traces in users' logs.
 */
const nodeLayout: Options = {
  // `@smithy/types` is compiled in too: the Node build uses two string constants of it at run time, and importing its
  // CommonJS build cost about 5 M instructions of cold start (`npm run bench:startup`).
  noExternal: [/^@smithy\/(?!core\/transport$)/],
  external: ["@smithy/core/transport"],
  // The ESM build loads the external transport with require (scripts/require-transport.ts explains why).
  plugins: [requireTransport],
  esbuildOptions(options) {
    // Compile smithy from its ESM build (tree-shakable) rather than its CommonJS one.
    options.mainFields = ["module", "main"];
  },
};

const common: Options = {
  sourcemap: true,
  splitting: false,
  treeshake: true,
  target: "node20",
  outDir: "dist",
};

/**
 * ESM and CJS builds with declarations, the bundler build, and the CLI (ESM-only with a shebang, one file). The library
 * builds split what `import()` loads (the STS / SSO / sign-in credential sources, node:https, the INI parser) into
 * separate chunks, in both formats, so an app with static or environment credentials never loads or parses that code.
 */
export default defineConfig([
  {
    ...common,
    ...nodeLayout,
    entry: { index: "src/index.ts", "local/index": "src/local/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    splitting: true,
  },
  {
    // One output file per source module (no bundling), so with `sideEffects: false` an app's bundler drops every
    // module the app does not reach; a pre-bundled file is kept or dropped only as a whole, which cost a one-command
    // app about 16 KB (`npm run size`). Imports of packages (every `@smithy/*` among them) stay as they are.
    ...common,
    entry: ["src/**/*.ts", "!src/**/*.browser.ts", "!src/cli/**"],
    outDir: "dist/bundler",
    format: ["esm"],
    bundle: false,
    dts: false,
    clean: false,
  },
  {
    ...common,
    entry: { "browser/index": "src/index.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    dts: false,
    clean: false,
    splitting: false,
    external: [/^@smithy\//, /^@aws-crypto\//],
    esbuildPlugins: [browserSwaps],
  },
  {
    ...common,
    ...nodeLayout,
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
