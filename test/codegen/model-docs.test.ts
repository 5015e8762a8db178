import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToTsdoc } from "../../scripts/html-to-tsdoc.js";

const model = JSON.parse(readFileSync(new URL("../../model/lambda-esm-model.json", import.meta.url), "utf8")) as {
  shapes: Record<string, { type: string; members?: Record<string, { traits?: Record<string, unknown> }>; traits?: Record<string, unknown> }>;
};
const generated = ["shapes.ts", "errors.ts", "enums.ts"].map((f) => readFileSync(new URL(`../../src/models/${f}`, import.meta.url), "utf8")).join("\n");
const DOC = "smithy.api#documentation";

describe("generated TSDoc carries the service's documentation", () => {
  it("renders paragraphs, lists, code, bold and links as Markdown", () => {
    const html =
      '<p>The <code>BatchSize</code> &amp; more.</p> <ul> <li> <p> <b>Amazon SQS</b> – Default 10.</p> </li> <li> <p>See <a href="https://example.com/x">docs</a> and <a>CreateEventSourceMapping</a>.</p> </li> </ul> <p>Ends */ here @x.</p>';
    expect(htmlToTsdoc(html)).toEqual([
      "The `BatchSize` & more.",
      "",
      "- **Amazon SQS** – Default 10.",
      "- See [docs](https://example.com/x) and `CreateEventSourceMapping`.",
      "",
      "Ends *\\/ here \\@x.",
    ]);
  });

  it("puts every documented member's text above its constraint line", () => {
    let checked = 0;
    for (const [id, shape] of Object.entries(model.shapes)) {
      if (shape.type !== "structure") continue;
      const name = id.replace(/^.*#/, "");
      for (const [member, m] of Object.entries(shape.members ?? {})) {
        const html = m.traits?.[DOC];
        if (typeof html !== "string" || name === "ServiceException") continue;
        if (member === "message") continue; // errors' message is the Error message, not a declared field
        const first = htmlToTsdoc(html)[0]!;
        const decl = generated.search(new RegExp(`export (interface|class) ${name}\\b`));
        const at = generated.indexOf(`   * ${first}`, decl);
        expect(decl, name).toBeGreaterThan(-1);
        expect(at, `${name}.${member}`).toBeGreaterThan(-1);
        // the member's own constraint line follows within its block
        const block = generated.slice(at, generated.indexOf("*/", at));
        expect(block, `${name}.${member}`).toContain(`\`${name}.${member}\``);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
