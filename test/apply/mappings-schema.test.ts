import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { MAPPINGS_SCHEMA_PATH, renderMappingsSchema } from "../../scripts/mappings-schema.js";
import { parseMappingsDocument } from "../../src/apply/read-mappings-file.js";
import { checkDesired } from "../../src/apply/check-desired.js";

// docs/mappings.schema.json is generated from the model, and every example mappings file (examples/mappings.yaml and
// the yaml/json blocks of docs/apply.md marked `<!-- mappings -->`) validates against it and is a valid desired list.
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
const schema = JSON.parse(readFileSync(MAPPINGS_SCHEMA_PATH, "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

function docExamples(): { format: "json" | "yaml"; text: string }[] {
  const markdown = read("../../docs/apply.md");
  return [...markdown.matchAll(/<!-- mappings -->\s*```(json|yaml)\n([\s\S]*?)```/g)].map((m) => ({ format: m[1] as "json" | "yaml", text: m[2]! }));
}

describe("docs/mappings.schema.json", () => {
  it("is what scripts/mappings-schema.ts generates from the model", () => {
    expect(readFileSync(MAPPINGS_SCHEMA_PATH, "utf8")).toBe(renderMappingsSchema());
  });

  it("accepts examples/mappings.yaml and every mappings example in docs/apply.md, which also plan as valid inputs", async () => {
    const examples = [{ format: "yaml" as const, text: read("../../examples/mappings.yaml") }, ...docExamples()];
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const { format, text } of examples) {
      const document = format === "json" ? JSON.parse(text) : parse(text);
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
      checkDesired(await parseMappingsDocument(text, format));
    }
  });

  it("rejects what the API would: unknown members, out-of-range values, bad enums, a missing FunctionName", () => {
    const bad = [
      [{ FunctionName: "f", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q", BatchSiz: 10 }],
      [{ FunctionName: "f", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q", BatchSize: 0 }],
      [{ FunctionName: "f", EventSourceArn: "arn:aws:kinesis:us-east-1:123456789012:stream/s", StartingPosition: "OLDEST" }],
      [{ EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q" }],
      { mapping: [] },
    ];
    for (const document of bad) expect(validate(document), JSON.stringify(document)).toBe(false);
  });
});
