/**
 * Generates `docs/mappings.schema.json`, the JSON Schema of `lambda-esm plan|apply -f` files, from the model: every
 * member of CreateEventSourceMappingRequest with its type, constraints and the service's documentation (first
 * sentence), so editors complete and check mapping files.
 *
 * Usage: `npx tsx scripts/mappings-schema.ts` writes the file; `--check` exits 1 when it differs from what the model
 * produces (test/apply/mappings-schema.test.ts runs the same comparison).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shapeSchemas } from "../src/models/schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const MAPPINGS_SCHEMA_PATH = join(root, "docs", "mappings.schema.json");

type Json = Record<string, unknown>;
interface SmithyShape {
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  traits?: Record<string, unknown>;
}

/** The first sentence of a member's documentation, without HTML. */
function summary(doc: unknown): string | undefined {
  if (typeof doc !== "string") return undefined;
  const text = doc.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence || undefined;
}

/** Builds the schema (deterministic: model order, no time or machine data). */
export function buildMappingsSchema(): Json {
  const model = JSON.parse(readFileSync(join(root, "model", "lambda-esm-model.json"), "utf8")) as { shapes: Record<string, SmithyShape> };
  const docOf = (shape: string, member: string) => summary(model.shapes[`com.amazonaws.lambda#${shape}`]?.members?.[member]?.traits?.["smithy.api#documentation"]);
  const definitions: Record<string, Json> = {};

  const typeOf = (name: string): Json => {
    const shape = shapeSchemas[name]!;
    const withBounds = (out: Json, minKey: string, maxKey: string, bound: readonly (number | null)[] | undefined) => {
      if (bound?.[0] != null) out[minKey] = bound[0];
      if (bound?.[1] != null) out[maxKey] = bound[1];
      return out;
    };
    switch (shape.type) {
      case "structure": {
        if (!definitions[name]) {
          definitions[name] = {}; // placeholder against recursion
          const properties: Record<string, Json> = {};
          for (const member of shape.members!) {
            const description = docOf(name, member.name);
            properties[member.name] = { ...typeOf(member.target), ...(description ? { description } : {}) };
          }
          // A filter pattern may be written as the pattern object itself; the loader turns it into the JSON string the API takes.
          if (name === "Filter") properties.Pattern = { ...properties.Pattern, type: ["string", "object"] };
          const required = shape.members!.filter((m) => m.required).map((m) => m.name);
          definitions[name] = { type: "object", additionalProperties: false, properties, ...(required.length ? { required } : {}) };
        }
        return { $ref: `#/definitions/${name}` };
      }
      case "list":
        return withBounds({ type: "array", items: typeOf(shape.member!) }, "minItems", "maxItems", shape.length);
      case "map":
        return withBounds({ type: "object", additionalProperties: typeOf(shape.value!) }, "minProperties", "maxProperties", shape.length);
      case "string":
        return withBounds({ type: "string", ...(shape.pattern ? { pattern: shape.pattern } : {}) }, "minLength", "maxLength", shape.length);
      case "enum":
        return { type: "string", enum: [...shape.values!] };
      case "integer":
      case "long":
        return withBounds({ type: "integer" }, "minimum", "maximum", shape.range);
      case "boolean":
        return { type: "boolean" };
      case "timestamp":
        return { type: ["string", "number"], description: "An ISO 8601 date-time, or epoch seconds." };
    }
  };

  const mapping = typeOf("CreateEventSourceMappingRequest");
  const mappings = { type: "array", items: mapping, description: "The desired event source mappings, one per function and source." };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "lambda-esm mappings file",
    description: "Desired AWS Lambda event source mappings for `lambda-esm plan` and `lambda-esm apply` (generated from the Lambda API model by scripts/mappings-schema.ts).",
    oneOf: [
      {
        type: "object",
        additionalProperties: false,
        required: ["mappings"],
        properties: { $schema: { type: "string", description: "Where editors find this schema." }, mappings },
      },
      mappings,
    ],
    definitions,
  };
}

export const renderMappingsSchema = (): string => `${JSON.stringify(buildMappingsSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderMappingsSchema();
  if (process.argv.includes("--check")) {
    const current = readFileSync(MAPPINGS_SCHEMA_PATH, "utf8");
    if (current !== text) {
      console.error("docs/mappings.schema.json differs from the model: run `npx tsx scripts/mappings-schema.ts`");
      process.exit(1);
    }
    console.log("docs/mappings.schema.json matches the model");
  } else {
    writeFileSync(MAPPINGS_SCHEMA_PATH, text);
    console.log("wrote docs/mappings.schema.json");
  }
}
