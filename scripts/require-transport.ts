import { readFileSync, writeFileSync } from "node:fs";
import type { Options } from "tsup";

type TsupPlugin = NonNullable<Options["plugins"]>[number];

const TRANSPORT = "@smithy/core/transport";
const STATEMENT = /^(import|export)\s*\{([^}]*)\}\s*from\s*['"]@smithy\/core\/transport['"];?[ \t]*$/gm;

/**
 * tsup plugin for the Node ESM builds (dist/*.js, the CLI): `@smithy/core/transport`, which stays external so that
 * `HttpRequest`/`HttpResponse` are the installed classes, is loaded with `createRequire(import.meta.url)` instead of
 * `import`. Under Node both resolve to the same file (the package's `node` condition is its CommonJS build), so it is
 * the same module instance; but an `import` of CommonJS runs Node's ESM-to-CommonJS translation (cjs-module-lexer over
 * the file, a module wrapper), which measured about 8 M instructions of cold start (`npm run bench:startup`).
 *
 * It rewrites esbuild's `import { A as B } from "@smithy/core/transport";` / `export { A } from …` lines in place (one
 * line for one, so source maps stay right) and fails the build if any other form of the import is left.
 */
export const requireTransport: TsupPlugin = {
  name: "require-transport",
  // After tsup's own tree shaking (a renderChunk step that runs after every plugin's), on the files as written.
  buildEnd({ writtenFiles }) {
    if (this.format !== "esm") return;
    for (const { name } of writtenFiles) {
      if (!/\.m?js$/.test(name)) continue;
      const code = readFileSync(name, "utf8");
      const out = rewrite(code, name);
      if (out !== code) writeFileSync(name, out);
    }
  },
};

/** `code` with each static import/re-export of the transport turned into a require, on the same line. */
export function rewrite(code: string, file: string): string {
  let n = 0;
  const out = code.replace(STATEMENT, (_line, kind: string, list: string) => {
    const id = `__smithyTransport${n++}`;
    const load = `import { createRequire as ${id}Require } from "node:module"; const ${id} = ${id}Require(import.meta.url)(${JSON.stringify(TRANSPORT)});`;
    const names = list.split(",").map((s) => s.trim()).filter(Boolean).map((s) => s.split(/\s+as\s+/) as [string, string?]);
    return kind === "import"
      ? `${load} const { ${names.map(([from, to]) => `${from}: ${to ?? from}`).join(", ")} } = ${id};`
      : `${load} ${names.map(([from, to]) => `export const ${to ?? from} = ${id}.${from};`).join(" ")}`;
  });
  if (/from\s*['"]@smithy\/core\/transport['"]|import\s*\(?\s*['"]@smithy\/core\/transport['"]/.test(out)) {
    throw new Error(`${file}: an import of ${TRANSPORT} that scripts/require-transport.ts does not rewrite`);
  }
  return out;
}
