import { readFileSync, writeFileSync } from "node:fs";
import { ms } from "./stats.js";
import type { SuiteResult } from "./suite.js";

/** The generated part of docs/reliability.md sits between these two lines; the prose around it is written by hand. */
export const START_MARKER = "<!-- reliability:results:start (written by `npm run reliability`, do not edit) -->";
export const END_MARKER = "<!-- reliability:results:end -->";

const cell = (text: string | number): string => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (...cells: (string | number)[]): string => `| ${cells.map(cell).join(" | ")} |`;
const loads = (averages: number[]): string => averages.map((l) => l.toFixed(1)).join(" / ");
const count = (n: number, what: string): string => `${n.toLocaleString("en-US")} ${what}`;

/** The results as Markdown: a summary table first, then one table per section. */
export function renderResults(r: SuiteResult): string {
  const { load, kills, badInput, faults, leaks } = r;
  const staleOrLost = load.staleReads.length + load.lostAfterRestart.length;
  const faultsSurvived = faults.filter((f) => !f.hung && f.sameAsSdk).length;
  const leaked = leaks.filter((l) => !l.informational && l.leaked).length;
  const judged = leaks.filter((l) => !l.informational).length;
  const unexpected = Object.entries(load.unexpectedErrors).map(([name, n]) => `${n} ${name}`).join(", ") || "none";
  const lines = [
    `Run on ${r.startedAt.toISOString()} with Node ${r.node} on ${r.machine.cores} cores, load average (1 / 5 / 15 min) ${loads(r.machine.loadAverage)} at the start and ${loads(r.machine.loadAverageAtEnd)} at the end, the machine shared with other work (${(r.durationMs / 1000).toFixed(0)} s in all): ` +
      `\`RELIABILITY_CLIENTS=${r.config.clients} RELIABILITY_SECONDS=${r.config.seconds} RELIABILITY_KILLS=${r.config.kills}\`` +
      (r.config.only ? ` (only inputs matching \`${r.config.only.source}\`)` : "") +
      ". **" + (r.failures.length === 0 ? "Passed" : `Failed (${r.failures.length})`) + ".**",
    "",
    row("Check", "Tried", "Result"),
    row("---", "---", "---"),
    row("Load on a data file", `${r.config.clients} concurrent clients, ${r.config.seconds} s, ${count(load.operations, "calls")}`, `p50 ${ms(load.p50)}, p99 ${ms(load.p99)}; ${staleOrLost} lost updates, ${load.crashed ? 1 : 0} crashes`),
    row("Writes checked after restart", `${count(load.acknowledgedWrites, "acknowledged writes")} on ${count(load.mappingsChecked, "mappings")}`, `${load.lostAfterRestart.length} lost`),
    row("`kill -9` during writes", `${kills.kills} kills and restarts, ${count(kills.acknowledgedWrites, "acknowledged writes")}, ${count(kills.changesChecked, "checks")}`, `${kills.invalidFiles.length} unreadable files, ${kills.lost.length} lost changes`),
    row("Bad-input corpus", `${badInput.outcomes.length} inputs`, `${badInput.crashes} crashes, ${badInput.hangs} hangs, ${badInput.serverErrors} 5xx, ${badInput.pathLeaks} path leaks, ${badInput.acceptedInvalid} invalid inputs stored`),
    row("Fault matrix", `${faults.length} faults, each against both clients`, `${faultsSurvived} with the SDK's attempt count, ${faults.filter((f) => f.sameOutcome).length} with its error name and code (${faults.filter((f) => !f.sameOutcome && f.deliberate).length} deliberately not), ${faults.filter((f) => f.hung).length} hangs`),
    row("Leak check", `${judged} scenarios`, `${leaked} processes still running 10 s after destroy()/close()`),
    "",
  ];
  if (r.failures.length > 0) lines.push("Failures:", "", ...r.failures.map((f) => `- ${f}`), "");

  lines.push(
    "### Load",
    "",
    `Every fourth client is \`@aws-sdk/client-lambda\`, the others this library's client; each changes only its own mappings, so every read can be checked against its last acknowledged write. Calls refused with \`ResourceInUseException\` (a change during a transition): ${load.refusedInUse}. Other errors: ${unexpected}.`,
    "",
    row("Operation", "Calls", "p50", "p99"),
    row("---", "---:", "---:", "---:"),
    ...Object.entries(load.perOperation)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([op, s]) => row(op, s.count.toLocaleString("en-US"), ms(s.p50), ms(s.p99))),
    row("all", load.operations.toLocaleString("en-US"), ms(load.p50), ms(load.p99)),
    "",
    "### `kill -9` during writes",
    "",
    `${kills.kills} times the service process was killed with SIGKILL 0.1-1.1 s after its first acknowledged write of the round, with ${r.config.killWriters} writers sending Create, Update and Delete (one attempt each), and started again on the same file. ` +
      `Changes in flight at a kill may land either way; ${kills.unacknowledgedButKept} of them turned out durable.`,
    "",
    "### Bad-input corpus",
    "",
    "Each input on its own connection to a service on a data file; after each one the service must still answer a signed List.",
    "",
    row("Group", "Input", "Answer", "Shape", "Service alive after"),
    row("---", "---", "---", "---", "---"),
    ...badInput.outcomes.map((o) => row(o.group, o.input, o.answer + (o.leaksPath ? " (names a server path)" : ""), o.acceptedInvalid ? "**stored although invalid**" : o.shape, o.aliveAfter ? "yes" : "**no**")),
    "",
    "### Fault matrix",
    "",
    "GetEventSourceMapping with `maxAttempts: 3` against a loopback server injecting the fault; attempts are the requests the server received (for the refused port and the DNS failure, `$metadata.attempts`). The SDK's handler is given `throwOnRequestTimeout: true`; without it the SDK only logs a warning at `requestTimeout` and waits on.",
    "",
    row("Fault", "This library", "Attempts", "@aws-sdk/client-lambda", "Attempts", "Same attempts", "Same error name and code"),
    row("---", "---", "---:", "---", "---:", "---", "---"),
    ...faults.map((f) =>
      row(f.fault, `${f.ours.outcome} (${ms(f.ours.elapsedMs)})`, f.ours.attempts, `${f.sdk.outcome} (${ms(f.sdk.elapsedMs)})`, f.sdk.attempts, f.sameAsSdk ? "yes" : "**no**", f.sameOutcome ? "yes" : f.deliberate ? "no, deliberately (below)" : "**no**"),
    ),
    "",
    ...faults.filter((f) => !f.sameOutcome && f.deliberate).flatMap((f) => [`- ${f.fault}: ${f.deliberate}.`]),
    ...(faults.some((f) => !f.sameOutcome && f.deliberate) ? [""] : []),
    "### Leak check",
    "",
    "Each scenario in its own process that never calls `process.exit`: it must end by itself once the client is destroyed or the service closed.",
    "",
    row("Scenario", "Exited after", "Pending call ended with", "Requests the server got"),
    row("---", "---:", "---", "---:"),
    ...leaks.map((l) =>
      row(
        l.scenario + (l.informational ? " (for comparison)" : ""),
        l.exitedAfterMs === undefined ? (l.informational ? "still running after 10 s" : "**still running after 10 s**") : ms(l.exitedAfterMs),
        l.outcome,
        l.requests ?? "-",
      ),
    ),
    "",
    "### Create whose answer is lost",
    "",
    "The service's `store-then-timeout` fault stores the first attempt's mapping and never answers it; the client's `requestTimeout` (1.5 s) fires and the retry meets that mapping (see [the retry hazard](#the-retry-hazard-of-create) above).",
    "",
    row("Call", "Ended with", "Attempts", "Mappings stored"),
    row("---", "---", "---:", "---:"),
    ...r.duplicateCreate.map((d) => row(d.how, d.outcome, d.attempts ?? "-", d.mappingsStored)),
  );
  return lines.join("\n");
}

/** Replaces the generated part of `file` (between the markers) with `markdown`. */
export function writeResults(file: string, markdown: string): void {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`${file} lacks the results markers (${START_MARKER} ... ${END_MARKER})`);
  writeFileSync(file, `${text.slice(0, start + START_MARKER.length)}\n\n${markdown}\n\n${text.slice(end)}`);
}
