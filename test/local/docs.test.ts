import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

it("docs/local-service.md shows exactly the example that test/local/docs-example.test.ts runs", () => {
  const doc = read("docs/local-service.md");
  const marker = doc.indexOf("<!-- tested-example: test/local/docs-example.test.ts -->");
  expect(marker).toBeGreaterThan(-1);
  const block = /```ts\n([\s\S]*?)```/.exec(doc.slice(marker))![1]!;
  // The test imports the sources; the documentation imports the published package.
  const tested = read("test/local/docs-example.test.ts")
    .replace('"../../src/index.js"', '"lambda-event-source-mappings"')
    .replace('"../../src/local/index.js"', '"lambda-event-source-mappings/local"');
  expect(block).toBe(tested);
});
