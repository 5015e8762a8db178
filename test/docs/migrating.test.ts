import { afterAll, describe, expect, it } from "vitest";
import { docSamples, runSample, sampleDir } from "./doc-samples.js";

// The diff on the page is checked against the two example files by test/examples/migration.test.ts.
const samples = docSamples("docs/migrating.md");
const { dir, remove } = sampleDir("migrating-doc");
afterAll(remove);

describe("docs/migrating.md", () => {
  it("names each of its samples, and the test runs every one", () => {
    expect(samples.map((s) => s.name)).toEqual(["same-code", "two-clients", "our-commands-through-the-sdk"]);
  });

  it.each(samples)("sample $name runs against the local service and passes its own assertions", async (sample) => {
    await runSample(dir, sample);
  }, 120_000);
});
