import { afterAll, describe, expect, it } from "vitest";
import { docSamples, runSample, sampleDir } from "./doc-samples.js";

const samples = docSamples("docs/pagination.md");
const { dir, remove } = sampleDir("pagination-doc");
afterAll(remove);

describe("docs/pagination.md", () => {
  it("names each of its samples, and the test runs every one", () => {
    expect(samples.map((s) => s.name)).toEqual(["all-pages", "resume", "by-hand", "delete-while-paging"]);
  });

  it.each(samples)("sample $name runs against the local service and passes its own assertions", async (sample) => {
    await runSample(dir, sample);
  }, 120_000);
});
