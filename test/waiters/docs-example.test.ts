import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// Runs the example of docs/waiters.md exactly as written, with the package's import specifiers pointed at src/.

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "waiters-doc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first ts block after `<!-- example: name -->`. */
function example(markdown: string, name: string): string {
  const start = markdown.indexOf(`<!-- example: ${name} -->`);
  const match = /```ts\n([\s\S]*?)```/.exec(markdown.slice(start));
  if (start < 0 || !match) throw new Error(`no example '${name}' in the document`);
  return match[1]!;
}

describe("docs/waiters.md", () => {
  it("its example runs and prints what its comments say", async () => {
    const code = example(readFileSync(join(root, "docs/waiters.md"), "utf8"), "waiters");
    // The package entry may not list the waiters yet while src/index.ts is edited elsewhere: export both.
    writeFileSync(join(dir, "package-entry.mts"), `export * from "${root}src/index.ts";\nexport * from "${root}src/waiters/index.ts";\n`);
    const runnable = code
      .replace(/from "lambda-event-source-mappings\/local"/g, `from "${root}src/local/index.ts"`)
      .replace(/from "lambda-event-source-mappings"/g, `from "./package-entry.mts"`);
    writeFileSync(join(dir, "example.mts"), runnable);
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", join(dir, "example.mts")], { cwd: root });
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]!.replace(/"/g, ""));
    expect(expected).toEqual(["Enabled", "Enabled 50"]);
    expect(stdout.trim().split("\n")).toEqual(expected);
  });
});
