import { afterAll, describe, expect, it } from "vitest";
import { docSamples, readRepoFile, runSample, sampleDir } from "./doc-samples.js";

const page = "docs/security-and-reliability.md";
const samples = docSamples(page);
const { dir, remove } = sampleDir("security-doc");
afterAll(remove);

describe("docs/security-and-reliability.md", () => {
  it("names each of its samples, and the test runs every one", () => {
    expect(samples.map((s) => s.name)).toEqual(["redaction", "host-check"]);
  });

  it.each(samples)("sample $name runs and passes its own assertions", async (sample) => {
    await runSample(dir, sample);
  }, 120_000);

  it("summarizes the checks that docs/reliability.md reports", () => {
    const reliability = readRepoFile("docs/reliability.md");
    for (const section of ["## The retry hazard of Create", "### Load", "### `kill -9` during writes", "### Bad-input corpus", "### Fault matrix", "### Leak check"]) {
      expect(reliability, section).toContain(section);
    }
    expect(readRepoFile(page)).toContain("](reliability.md)");
  });
});
