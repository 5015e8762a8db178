// A few seconds of `npm run reliability`'s harness, so the suite cannot rot: the same sections with a
// small load, one kill, a handful of inputs, faults and one leak scenario. The full run is `npm run reliability`.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { renderResults, writeResults } from "../../reliability/report.js";
import { runSuite } from "../../reliability/suite.js";

it("the reliability harness runs every section briefly and finds no lost write, crash or hang", { timeout: 240_000 }, async () => {
  const result = await runSuite({
    clients: 8,
    seconds: 1,
    kills: 1,
    killWriters: 4,
    parallel: true,
    // inputs, faults and leak scenarios by description: a sample of each kind
    only: /EventSourceArn of 100 KB|truncated object|path tricks.*passwd|5 MB \(20x|random bytes|two 503s|Retry-After: 1, then|reset mid-body once|refused port|close\(\) of the local service/,
  });
  expect(result.load.operations).toBeGreaterThan(0);
  expect(result.load.acknowledgedWrites).toBeGreaterThan(0);
  expect([result.load.crashed, result.load.staleReads, result.load.lostAfterRestart]).toEqual([false, [], []]);
  expect(result.kills.kills).toBe(1);
  expect(result.kills.acknowledgedWrites).toBeGreaterThan(0);
  expect([result.kills.invalidFiles, result.kills.lost]).toEqual([[], []]);
  expect(result.badInput.outcomes.map((o) => o.input)).toHaveLength(5);
  expect(result.badInput.outcomes.filter((o) => !o.aliveAfter || o.answer.startsWith("5") || o.shape === "no answer")).toEqual([]);
  expect(result.faults).toHaveLength(4);
  expect(result.faults.filter((f) => f.hung || !f.sameAsSdk)).toEqual([]);
  expect(result.leaks.map((l) => [l.scenario, l.leaked])).toEqual([["close() of the local service with idle and half-sent connections open", false]]);
  expect(result.duplicateCreate.map((d) => [d.outcome, d.mappingsStored])).toEqual([
    ["ResourceConflictException", 1],
    ["ResourceConflictException", 1],
    ["created (the first attempt's mapping returned)", 1],
  ]);

  // The report goes between the markers of a copy of docs/reliability.md, leaving the prose alone.
  const dir = mkdtempSync(join(tmpdir(), "reliability-smoke-"));
  try {
    const file = join(dir, "reliability.md");
    copyFileSync(new URL("../../docs/reliability.md", import.meta.url), file);
    writeResults(file, renderResults(result));
    const text = readFileSync(file, "utf8");
    expect(text).toContain("## The retry hazard of Create");
    expect(text).toMatch(/\| Load on a data file \| 8 concurrent clients, 1 s, [\d,]+ calls \| p50 [\d.]+ ms, p99 [\d.]+ ms; 0 lost updates, 0 crashes \|/);
    expect(text).toContain("| `kill -9` during writes | 1 kills and restarts");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
