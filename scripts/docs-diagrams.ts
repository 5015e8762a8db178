// Writes the generated docs diagrams (docs/diagrams/*.svg) from the code they picture: the local service's state table
// and the middleware stack of a real client. `--check` fails when a file differs (a test runs it), so they cannot drift.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { instance } from "@viz-js/viz";
import { mappingStatesDot } from "./diagrams/mapping-states.js";
import { requestPipelineDot } from "./diagrams/request-pipeline.js";

/** Each generated diagram: its path under docs/ and the DOT source it is rendered from. */
export const DIAGRAMS: Record<string, () => string> = {
  "docs/diagrams/mapping-states.svg": mappingStatesDot,
  "docs/diagrams/request-pipeline.svg": requestPipelineDot,
};

const root = fileURLToPath(new URL("..", import.meta.url));

/** Every diagram rendered to SVG (Graphviz, compiled to WebAssembly: the same bytes on every machine). */
export async function renderDiagrams(): Promise<Record<string, string>> {
  const viz = await instance();
  return Object.fromEntries(Object.entries(DIAGRAMS).map(([path, dot]) => [path, viz.renderString(dot(), { format: "svg" })]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rendered = await renderDiagrams();
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, svg] of Object.entries(rendered)) {
    if (!check) writeFileSync(root + path, svg);
    else if (readFileSync(root + path, "utf8") !== svg) {
      process.stderr.write(`${path} is out of date: run \`npm run docs:diagrams\`\n`);
      stale++;
    }
  }
  if (stale) process.exit(1);
}
