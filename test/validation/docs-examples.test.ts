import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Every ```ts block of docs/validation.md is a self-contained example that asserts its own results with node:assert;
// this runs each one against the source, with the package import pointed at test/validation/docs-entry.ts.
const root = resolve(import.meta.dirname, "../..");
const markdown = readFileSync(join(root, "docs/validation.md"), "utf8");
const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const entry = pathToFileURL(join(root, "test/validation/docs-entry.ts")).href;
const dir = mkdtempSync(join(tmpdir(), "validation-docs-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("docs/validation.md examples", () => {
  it("has examples that import the package and assert", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) {
      expect(block).toContain('from "lambda-event-source-mappings"');
      expect(block).toMatch(/assert\.(equal|deepEqual|rejects)/);
    }
  });

  it.each(blocks.map((code, index) => ({ index, code })))("example $index runs without a failed assertion", async ({ index, code }) => {
    const file = join(dir, `example-${index}.ts`);
    writeFileSync(file, code.replaceAll('"lambda-event-source-mappings"', JSON.stringify(entry)));
    await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
  });
});
