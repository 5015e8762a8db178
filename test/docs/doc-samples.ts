import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** The repository root. */
export const root = resolve(import.meta.dirname, "../..");

/** One fenced ```ts block of a page, with the name given by a `<!-- sample: name -->` line just above it. */
export interface DocSample {
  name: string;
  code: string;
}

/** The text of a file of the repository. */
export const readRepoFile = (path: string): string => readFileSync(join(root, path), "utf8");

/**
 * Every ```ts block of a docs page. A block may be named by `<!-- sample: name -->` on the line before it; blocks
 * without a name are numbered. Every block is run: a page has no illustrative-only TypeScript.
 */
export function docSamples(page: string): DocSample[] {
  const markdown = readRepoFile(page);
  return [...markdown.matchAll(/(?:<!-- sample: ([\w-]+) -->\n)?```ts\n([\s\S]*?)```/g)].map((m, index) => ({
    name: m[1] ?? `block ${index}`,
    code: m[2]!,
  }));
}

/** Points the package's import specifiers (and nothing else) at the sources. */
export function pointImportsAtSources(code: string): string {
  const src = (file: string) => JSON.stringify(pathToFileURL(join(root, "src", file)).href);
  return code
    .replaceAll('"lambda-event-source-mappings/local"', src("local/index.ts"))
    .replaceAll('"lambda-event-source-mappings"', src("index.ts"));
}

/** A temporary folder that resolves bare imports (`@aws-sdk/client-lambda`, `vitest`) from this repository. */
export function sampleDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What a sample printed. */
export interface SampleRun {
  stdout: string;
  stderr: string;
}

/**
 * Runs a sample as its own Node process (through tsx), with the package imports pointed at src/ and the given
 * extra environment and command-line arguments. Rejects with the sample's stderr when it exits non-zero (a failed `node:assert` does that).
 */
export async function runSample(dir: string, sample: DocSample, env: Record<string, string> = {}, args: string[] = []): Promise<SampleRun> {
  const file = join(dir, `${sample.name.replace(/\W+/g, "-")}.mts`);
  writeFileSync(file, pointImportsAtSources(sample.code));
  try {
    return await promisify(execFile)(process.execPath, ["--import", "tsx", file, ...args], {
      cwd: dir,
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`sample "${sample.name}" failed:\n${stderr}\n${stdout}`);
  }
}
