import { afterAll, describe, expect, it } from "vitest";
import { modeledErrors } from "../../src/models/errors.js";
import { operationSchemas } from "../../src/models/operations.js";
import { shapeSchemas } from "../../src/models/schema.js";
import { docSamples, readRepoFile, runSample, sampleDir } from "./doc-samples.js";

const page = "docs/errors-and-retries.md";
const samples = docSamples(page);
const { dir, remove } = sampleDir("errors-doc");
afterAll(remove);

/** The rows of the table that follows the `<!-- modeled-exceptions … -->` marker, keyed by class name. */
function exceptionRows(): Map<string, { status: string; fault: string; operations: string }> {
  const markdown = readRepoFile(page);
  const start = markdown.indexOf("<!-- modeled-exceptions");
  expect(start).toBeGreaterThan(-1);
  const table = markdown.slice(start).split("\n\n")[0]!;
  const rows = new Map<string, { status: string; fault: string; operations: string }>();
  for (const line of table.split("\n").slice(3)) {
    const [name, status, fault, operations] = line.split("|").slice(1).map((cell) => cell.trim().replace(/`/g, ""));
    rows.set(name!, { status: status!, fault: fault!, operations: operations! });
  }
  return rows;
}

/** How the page names the operations that can return an error: "all five", or their short names. */
function operationsReturning(code: string): string {
  const names = Object.values(operationSchemas)
    .filter((operation) => operation.errors?.includes(code))
    .map((operation) => operation.name.replace(/EventSourceMappings?$/, ""));
  return names.length === Object.keys(operationSchemas).length ? "all five" : names.sort().join(", ");
}

describe("docs/errors-and-retries.md", () => {
  it("lists every modeled exception, and only those, with the model's status, fault and operations", () => {
    const rows = exceptionRows();
    expect([...rows.keys()].sort()).toEqual(Object.keys(modeledErrors).sort());
    for (const [code, row] of rows) {
      const schema = shapeSchemas[code]!;
      const listed = row.operations === "all five" ? row.operations : row.operations.split(", ").sort().join(", ");
      expect({ code, ...row, operations: listed }).toEqual({ code, status: String(schema.httpError), fault: schema.error, operations: operationsReturning(code) });
    }
  });

  it("names each sample", () => {
    expect(samples.map((s) => s.name)).toEqual(["catching", "retries", "retry-modes", "retry-after", "clock-skew", "timeouts"]);
  });

  it.each(samples)("sample $name runs against the local service and passes its own assertions", async (sample) => {
    await runSample(dir, sample);
  });
});
