import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { docSamples, readRepoFile, runSample, sampleDir } from "./doc-samples.js";

const page = "docs/troubleshooting.md";
const samples = docSamples(page);
const { dir, remove } = sampleDir("troubleshooting-doc");
// The credential chain of the no-credentials and region samples reads ~/.aws: give them an empty home.
const home = mkdtempSync(join(tmpdir(), "troubleshooting-home-"));
afterAll(() => {
  remove();
  rmSync(home, { recursive: true, force: true });
});
const environment = { HOME: home, USERPROFILE: home, AWS_EC2_METADATA_DISABLED: "true" };

describe("docs/troubleshooting.md", () => {
  it("has ten numbered errors and one more, each followed by the sample that produces it", () => {
    const headings = [...readRepoFile(page).matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.filter((h) => /^\d+\. /.test(h)).map((h) => Number(h.split(".")[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(headings).toHaveLength(11);
    expect(samples.map((s) => s.name)).toEqual([
      "conflict",
      "in-use",
      "not-found",
      "validation",
      "pattern-object",
      "filter-pattern",
      "batch-window",
      "bad-credentials",
      "no-credentials",
      "region-missing",
      "connection-refused",
    ]);
    // Each section has exactly one sample.
    for (const section of readRepoFile(page).split(/^## /m).slice(1)) expect(section.match(/<!-- sample: /g), section.split("\n")[0]).toHaveLength(1);
  });

  it.each(samples)("sample $name produces its error, asserts it, and the fix works", async (sample) => {
    await runSample(dir, sample, environment);
  }, 120_000);
});
