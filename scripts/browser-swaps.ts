import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "esbuild";

/**
 * esbuild plugin for the builds that run where Node's built-ins are absent (browsers, workers, Deno, React Native):
 * a relative import of `./x.js` whose source `x.ts` has a sibling `x.browser.ts` resolves to that sibling. So the
 * Node-only modules (node:http handler, node:crypto hash, credential chain, shared config files, `process.env`) are not
 * in those builds at all, rather than sniffed for at run time. See src/runtime/README.md.
 */
export const browserSwaps: Plugin = {
  name: "browser-swaps",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      if (!args.importer || args.importer.includes("node_modules")) return undefined;
      const swap = resolve(dirname(args.importer), args.path.replace(/\.js$/, ".browser.ts"));
      return existsSync(swap) ? { path: swap } : undefined;
    });
  },
};
