// The DOT graph of a mapping's states, drawn from the local service's state table (src/local/state-table.ts).
import { STATE_TABLE, type StateTransition } from "../../src/local/state-table.js";

/** A DOT string; `\\n` in `text` stays a DOT line break. */
const quote = (text: string): string => `"${text.replaceAll('"', '\\"')}"`;

/** The operation's name without the resource: "CreateEventSourceMapping" → "Create". */
const verb = (row: StateTransition): string => row.operation.replace(/EventSourceMapping$/, "");

/**
 * DOT source for docs/diagrams/mapping-states.svg. Solid edges are the requests that start a change (labelled with the
 * operation and what selects it); dashed edges are the service finishing it. Nodes and edges come from STATE_TABLE only.
 */
export function mappingStatesDot(table: readonly StateTransition[] = STATE_TABLE): string {
  const steady = new Set<string>();
  const transitional = new Set<string>();
  const edges: string[] = [];
  const seen = new Set<string>();
  const edge = (from: string, to: string, attributes: string): void => {
    const key = `${from}->${to}:${attributes}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(`  ${quote(from)} -> ${quote(to)} [${attributes}];`);
  };
  for (const row of table) {
    const from = row.from ?? "new";
    if (row.from) steady.add(row.from);
    if (row.to !== "Deleted") steady.add(row.to);
    const label = `label=${quote(row.when === "any" ? verb(row) : `${verb(row)}\\n${row.when}`)}`;
    if (row.via) {
      transitional.add(row.via);
      edge(from, row.via, label);
      edge(row.via, row.to, "style=dashed");
    } else edge(from, row.to, label);
  }
  return [
    "digraph MappingStates {",
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.35, ranksep=0.7, labelloc=b,',
    `    label=${quote("Solid: the request that starts a change (its answer already shows the new state). Dashed: the service finishing it\\n(after transitionDelayMs in the local service). In a transitional state, Update and Delete get ResourceInUseException.")}];`,
    '  node [fontname="Helvetica", fontsize=11, shape=box, style="rounded,filled", color="#57606a"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#57606a"];',
    '  "new" [shape=point, width=0.16, label="", fillcolor="#1f2328"];',
    '  "Deleted" [shape=doublecircle, label="gone", width=0.5, fillcolor="#ffffff"];',
    ...[...steady].map((s) => `  ${quote(s)} [fillcolor="#dafbe1"];`),
    ...[...transitional].map((s) => `  ${quote(s)} [fillcolor="#fff8c5"];`),
    ...edges,
    "}",
    "",
  ].join("\n");
}
