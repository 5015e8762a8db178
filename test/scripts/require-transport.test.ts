// The Node ESM build loads @smithy/core/transport with require (scripts/require-transport.ts): the rewritten lines must
// bind the same names, keep the line count (source maps), and evaluate to the installed package's own classes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { rewrite } from "../../scripts/require-transport.js";

const root = join(import.meta.dirname, "../..");
// Inside the repository, so that the rewritten require resolves @smithy/core from its node_modules as dist/ would.
const dir = mkdtempSync(join(root, "test", "scripts", ".require-transport-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scripts/require-transport.ts", () => {
  it("turns imports (with aliases) and re-exports into requires of the same module, one line for one", async () => {
    const code = [
      "import { HttpRequest, HttpResponse as Response2 } from '@smithy/core/transport';",
      "export { HttpRequest as Req, hasOwn } from '@smithy/core/transport';",
      "export const names = [HttpRequest.name, Response2.name];",
    ].join("\n");
    const out = rewrite(code, "chunk.js");
    expect(out.split("\n")).toHaveLength(3);
    expect(out).not.toMatch(/from\s*'@smithy\/core\/transport'/);
    const file = join(dir, "chunk.mjs");
    writeFileSync(file, out);
    const loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const installed = createRequire(join(root, "package.json"))("@smithy/core/transport") as Record<string, unknown>;
    expect(loaded.Req).toBe(installed.HttpRequest);
    expect(loaded.hasOwn).toBe(installed.hasOwn);
    expect(loaded.names).toEqual(["HttpRequest", "HttpResponse"]);
  });

  it("fails on a form of the import it does not rewrite, naming the file", () => {
    expect(() => rewrite("import * as transport from '@smithy/core/transport';", "dist/x.js")).toThrow(/dist\/x\.js: an import of @smithy\/core\/transport/);
    expect(() => rewrite("const t = await import('@smithy/core/transport');", "dist/y.js")).toThrow(/dist\/y\.js/);
  });

  it("leaves code without the import unchanged", () => {
    const code = "import { request } from 'http';\nexport const x = 1;\n";
    expect(rewrite(code, "a.js")).toBe(code);
  });
});
