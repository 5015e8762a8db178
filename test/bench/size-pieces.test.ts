// npm run size's pieces (bench/bundle.ts, bench/size.ts) bundle, count and name what they should. No size is
// asserted: the figures are reported by `npm run size`, never judged by a test.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleApp, staticallyLoaded, topContributors } from "../../bench/bundle.js";
import { measureApp, renderSizes, SIZE_APPS } from "../../bench/size.js";

const run = promisify(execFile);
let dir: string;
let entry: string;

// A tiny app: a module imported statically, one reached only through import(), and a package in node_modules.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "size-pieces-"));
  mkdirSync(join(dir, "src"));
  mkdirSync(join(dir, "node_modules", "@scope", "pkg"), { recursive: true });
  writeFileSync(join(dir, "node_modules", "@scope", "pkg", "package.json"), JSON.stringify({ name: "@scope/pkg", version: "1.0.0", type: "module", exports: "./index.js" }));
  writeFileSync(join(dir, "node_modules", "@scope", "pkg", "index.js"), `export const fromPackage = () => "package-${"p".repeat(300)}";`);
  writeFileSync(join(dir, "src", "eager.ts"), `export const eager = (): string => "eager-${"e".repeat(2000)}";`);
  writeFileSync(join(dir, "src", "lazy.ts"), `export const lazy = (): string => "lazy-${"l".repeat(5000)}";`);
  entry = join(dir, "src", "app.ts");
  writeFileSync(
    entry,
    [
      `import { fromPackage } from "@scope/pkg";`,
      `import { eager } from "./eager.js";`,
      `console.log(eager().length, fromPackage().length);`,
      `if (process.argv[2] === "lazy") void import("./lazy.js").then((m) => console.log(m.lazy().length));`,
    ].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bundleApp", () => {
  it("minified: one runnable file whose size is the file's size and everything it loads", async () => {
    const out = await bundleApp(entry, "minified", join(dir, "out"), dir);
    expect(out.file).toMatch(/app\.min\.mjs$/);
    expect(out.bytes).toBe(statSync(out.file).size);
    expect(out.loadedBytes).toBe(out.bytes);
    expect((await run(process.execPath, [out.file, "lazy"])).stdout.trim().split("\n")).toEqual(["2006 308", "5005"]);
  });

  it("split: the import()ed module is a chunk the start does not load, and the chunks add up", async () => {
    const out = await bundleApp(entry, "split", join(dir, "out"), dir);
    // The import()ed chunk has an entryPoint in the metafile too; the app's file is the one built from the entry.
    expect(out.file).toMatch(/app\.split[\\/]app\.mjs$/);
    const outputs = out.metafile.outputs;
    const lazyChunk = Object.keys(outputs).find((f) => Object.keys(outputs[f]!.inputs).some((i) => i.endsWith("src/lazy.ts")))!;
    expect(lazyChunk).toBeDefined();
    expect(out.bytes).toBe(Object.values(outputs).reduce((n, o) => n + o.bytes, 0));
    expect(out.loadedBytes).toBe(out.bytes - outputs[lazyChunk]!.bytes);
    expect(out.loadedBytes).toBeGreaterThan(2000);
    expect((await run(process.execPath, [out.file, "lazy"])).stdout.trim().split("\n")).toEqual(["2006 308", "5005"]);
  });

  it("defaults: an unminified CommonJS file (esbuild's default format for platform node)", async () => {
    const out = await bundleApp(entry, "defaults", join(dir, "out"), dir);
    expect(out.file).toMatch(/app\.defaults\.cjs$/);
    expect(out.bytes).toBe(statSync(out.file).size);
    expect((await run(process.execPath, [out.file])).stdout.trim()).toBe("2006 308");
  });
});

describe("staticallyLoaded", () => {
  it("follows static imports only, each file once", () => {
    const metafile = {
      inputs: {},
      outputs: {
        "a.js": { bytes: 10, inputs: {}, exports: [], entryPoint: "a.ts", imports: [{ path: "b.js", kind: "import-statement" }, { path: "c.js", kind: "dynamic-import" }] },
        "b.js": { bytes: 20, inputs: {}, exports: [], imports: [{ path: "a.js", kind: "import-statement" }, { path: "node:fs", kind: "import-statement", external: true }] },
        "c.js": { bytes: 40, inputs: {}, exports: [], imports: [] },
      },
    };
    expect(staticallyLoaded(metafile as never, "a.js")).toBe(30);
  });
});

describe("topContributors", () => {
  it("names this library's modules after src/ and sums a package's files, largest first", () => {
    const input = (bytesInOutput: number) => ({ bytesInOutput });
    const metafile = {
      inputs: {},
      outputs: {
        "out.js": {
          bytes: 0,
          imports: [],
          exports: [],
          inputs: {
            "dist/bundler/credentials/sts-request.js": input(300),
            "node_modules/@smithy/core/dist-es/a.js": input(100),
            "node_modules/@smithy/core/dist-es/b.js": input(250),
            "node_modules/tiny/index.js": input(5),
            "src/client/lambda-client.ts": input(200),
            "empty.js": input(0),
          },
        },
      },
    };
    expect(topContributors(metafile as never, 3)).toEqual([
      { name: "@smithy/core", bytes: 350 },
      { name: "src/credentials/sts-request.ts", bytes: 300 },
      { name: "src/client/lambda-client.ts", bytes: 200 },
    ]);
    expect(topContributors(metafile as never, 10, false).map((c) => c.name)).toContain("@smithy/core/dist-es/b.js");
  });

  it("reads a real metafile of the tiny app (one file inlines what import() reaches)", async () => {
    const out = await bundleApp(entry, "minified", join(dir, "out2"), dir);
    expect(topContributors(out.metafile, 10).map((c) => c.name)).toEqual(["src/lazy.ts", "src/eager.ts", "@scope/pkg", "src/app.ts"]);
  });
});

describe("npm run size", () => {
  it("measures apps whose entries exist, one of them bench's bundle subject", () => {
    for (const app of SIZE_APPS) expect(existsSync(app.entry), app.entry).toBe(true);
    expect(SIZE_APPS.find((a) => a.name === "one-command")!.entry).toMatch(/bench\/entries\/ours\.ts$/);
  });

  it("measureApp gives every figure of an app, and renderSizes a row and its contributors", async () => {
    const app = { name: "tiny", title: "the tiny app", entry, ours: true };
    const row = await measureApp(app, join(dir, "out3"), 2);
    expect(row.loadedAtStart).toBeLessThan(row.splitTotal);
    expect(row.defaults).toBeGreaterThan(row.minified);
    expect(row.top).toHaveLength(2);
    const text = renderSizes([row], [app]);
    expect(text).toContain(`| the tiny app | ${row.minified.toLocaleString("en-US")} B`);
    expect(text).toContain("Largest in `tiny`");
    expect(text).toContain("src/eager.ts");
  });
});
