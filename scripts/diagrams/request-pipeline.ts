// The DOT graph of a send's middleware steps, read from the stack a real LambdaClient resolves for a command.
import type { MiddlewareStack } from "@smithy/types";
import { LambdaClient, ListEventSourceMappingsCommand } from "../../src/index.js";

/** One middleware of the resolved stack, in the order it runs. */
export interface PipelineEntry {
  name: string;
  step: string;
}

/**
 * The middleware a `send()` runs, in order, as the stack itself lists them (`identify()`): the client's stack
 * concatenated with the command's (endpoint, validation, serde), as `LambdaCommand.resolveMiddleware` builds it.
 */
export function pipelineEntries(): PipelineEntry[] {
  const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "example" } });
  const stack = client.middlewareStack;
  let resolved: MiddlewareStack<object, object> | undefined;
  // Observe the concatenated stack the command resolves; everything else is the client's own stack.
  const observed = { ...stack, concat: (from: never) => (resolved = stack.concat(from) as never) };
  new ListEventSourceMappingsCommand({}).resolveMiddleware(observed as typeof stack, client.config, {});
  client.destroy();
  if (!resolved) throw new Error("the command did not concatenate the client's stack");
  return resolved.identify().map((line) => {
    const match = /^(\S+)(?: \(a\.k\.a\. [^)]*\))? - (\w+)$/.exec(line);
    if (!match) throw new Error(`unexpected middleware stack entry: ${line}`);
    return { name: match[1]!, step: match[2]! };
  });
}

/** What each step is for, shown under its name. */
const STEP_PURPOSE: Record<string, string> = {
  initialize: "the input as given: logged, validated",
  serialize: "auth scheme, endpoint; input becomes an HTTP request",
  build: "headers, once per send",
  finalizeRequest: "once per attempt: retries, SigV4 signature",
  deserialize: "the response becomes output or an exception",
};

/** A DOT string; `\\n` in `text` stays a DOT line break. */
const quote = (text: string): string => `"${text.replaceAll('"', '\\"')}"`;

/** DOT source for docs/diagrams/request-pipeline.svg: one box per step, its middleware in order, then the request handler. */
export function requestPipelineDot(entries: readonly PipelineEntry[] = pipelineEntries()): string {
  const steps = [...new Set(entries.map((e) => e.step))];
  const lines = [
    "digraph RequestPipeline {",
    '  graph [rankdir=TB, fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.25, newrank=true];',
    '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", fillcolor="#ffffff", color="#57606a"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#57606a"];',
    '  "send" [label="client.send(command)", shape=plain, style=""];',
  ];
  let previous = "send";
  steps.forEach((step, index) => {
    const members = entries.filter((e) => e.step === step);
    lines.push(`  subgraph cluster_${index} {`, `    label=${quote(`${step}: ${STEP_PURPOSE[step] ?? ""}`)}; labeljust=l; style="rounded,dashed"; color="#8c959f";`);
    for (const member of members) lines.push(`    ${quote(member.name)}${member.name === "retryMiddleware" ? ' [fillcolor="#fff8c5"]' : ""};`);
    lines.push("  }");
    for (const member of members) {
      lines.push(`  ${quote(previous)} -> ${quote(member.name)};`);
      previous = member.name;
    }
  });
  lines.push(
    '  "handler" [label="requestHandler.handle (NodeHttpHandler): HTTP to the service", fillcolor="#ddf4ff"];',
    `  ${quote(previous)} -> "handler";`,
  );
  if (entries.some((e) => e.name === "retryMiddleware")) {
    lines.push('  "handler" -> "retryMiddleware" [style=dashed, constraint=false, label="retryable error:\\nwait, then sign and send again"];');
  }
  lines.push("}", "");
  return lines.join("\n");
}
