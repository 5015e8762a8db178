import { availableParallelism, loadavg } from "node:os";
import { corpus, runBadInput, type BadInputResult } from "./bad-input.js";
import { runDuplicateCreate, type DuplicateCreateRow } from "./duplicate-create.js";
import { faultCases, runFaultMatrix, type FaultRow } from "./fault-matrix.js";
import { leakScenarios, runLeakCheck, type LeakRow } from "./leak-check.js";
import { runKills, type KillResult } from "./kill-restart.js";
import { runLoad, type LoadResult } from "./load.js";

/** What to run and how long; {@link configFromEnv} reads it from the environment. */
export interface SuiteConfig {
  clients: number;
  seconds: number;
  kills: number;
  killWriters: number;
  /** Only the corpus entries, faults and leak scenarios whose description matches (the smoke test uses a few). */
  only?: RegExp;
  /** Runs the sections at the same time (the smoke test: quicker, but the load figures then mean little). */
  parallel?: boolean;
}

/** Everything one run saw. */
export interface SuiteResult {
  config: SuiteConfig;
  startedAt: Date;
  durationMs: number;
  node: string;
  /**
   * `os.loadavg()` (1, 5, 15 min) when the run started and when it ended, and the cores: latency means little
   * without them (the development machine is shared with other work).
   */
  machine: { loadAverage: number[]; loadAverageAtEnd: number[]; cores: number };
  load: LoadResult;
  kills: KillResult;
  badInput: BadInputResult;
  faults: FaultRow[];
  leaks: LeakRow[];
  duplicateCreate: DuplicateCreateRow[];
  /** Every reason the run failed; empty when it passed. */
  failures: string[];
}

const positive = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

/**
 * The suite's settings: `RELIABILITY_SECONDS` (load duration, default 30), `RELIABILITY_CLIENTS`
 * (concurrent clients, default 200), `RELIABILITY_KILLS` (kill -9 rounds, default 24).
 */
export function configFromEnv(): SuiteConfig {
  return {
    clients: positive("RELIABILITY_CLIENTS", 200),
    seconds: positive("RELIABILITY_SECONDS", 30),
    kills: positive("RELIABILITY_KILLS", 24),
    killWriters: 8,
  };
}

/** Runs the sections one after another (so the load figures are not skewed by the others, unless `parallel`) and judges them. */
export async function runSuite(config: SuiteConfig, log: (line: string) => void = () => undefined): Promise<SuiteResult> {
  const startedAt = new Date();
  const machine = { loadAverage: loadavg(), loadAverageAtEnd: [] as number[], cores: availableParallelism() };
  const t0 = performance.now();
  const pick = <T>(items: T[], text: (item: T) => string): T[] => (config.only ? items.filter((i) => config.only!.test(text(i))) : items);
  const sections = [
    () => (log(`load: ${config.clients} clients for ${config.seconds} s`), runLoad({ clients: config.clients, seconds: config.seconds })),
    () => (log(`kill -9: ${config.kills} rounds`), runKills({ kills: config.kills, writers: config.killWriters })),
    () => (log("bad-input corpus"), runBadInput(pick(corpus, (c) => `${c[0]} ${c[1]}`))),
    () => (log("fault matrix"), runFaultMatrix(pick(faultCases, (c) => c.fault))),
    () => (log("leak check"), runLeakCheck(pick(leakScenarios, (s) => s.scenario))),
    () => (log("duplicate create after a lost answer"), runDuplicateCreate()),
  ] as const;
  const results: unknown[] = [];
  if (config.parallel) results.push(...(await Promise.all(sections.map((run) => run()))));
  else for (const run of sections) results.push(await run());
  const [load, kills, badInput, faults, leaks, duplicateCreate] = results as [LoadResult, KillResult, BadInputResult, FaultRow[], LeakRow[], DuplicateCreateRow[]];

  const failures: string[] = [];
  const add = (condition: boolean, text: string) => condition && failures.push(text);
  add(load.crashed, "the service crashed under load");
  add(load.staleReads.length > 0, `${load.staleReads.length} reads under load missed an acknowledged write (first: ${load.staleReads[0]})`);
  add(load.lostAfterRestart.length > 0, `${load.lostAfterRestart.length} acknowledged writes lost after the restart (first: ${load.lostAfterRestart[0]})`);
  add(kills.invalidFiles.length > 0, `the service could not start on its data file after a kill: ${kills.invalidFiles[0]}`);
  add(kills.lost.length > 0, `${kills.lost.length} acknowledged changes lost across kill -9 (first: ${kills.lost[0]})`);
  add(badInput.crashes > 0, `${badInput.crashes} bad inputs crashed or wedged the service`);
  add(badInput.hangs > 0, `${badInput.hangs} bad inputs got no answer`);
  add(badInput.serverErrors > 0, `${badInput.serverErrors} bad inputs got a 5xx`);
  add(badInput.pathLeaks > 0, `${badInput.pathLeaks} answers named a server path`);
  add(badInput.acceptedInvalid > 0, `${badInput.acceptedInvalid} inputs breaking the model's limits were stored (${badInput.outcomes.filter((o) => o.acceptedInvalid).map((o) => o.input).join("; ")})`);
  add(!badInput.restartedOnDataFile, "the service did not start again on the data file written during the corpus");
  for (const row of faults) {
    add(row.hung, `fault "${row.fault}": a call hung`);
    add(!row.sameAsSdk, `fault "${row.fault}": ${row.ours.attempts} attempts, the SDK ${row.sdk.attempts}`);
    add(!row.hung && !row.sameOutcome && !row.deliberate, `fault "${row.fault}": ended with ${row.ours.outcome}, the SDK with ${row.sdk.outcome} (not a documented difference)`);
  }
  for (const row of duplicateCreate) add(row.mappingsStored !== 1, `${row.how}: ${row.mappingsStored} mappings stored for one Create`);
  for (const row of leaks.filter((r) => !r.informational)) add(row.leaked, `leak: ${row.scenario}: the process was still running after 10 s (${row.outcome}, ${row.requests ?? 0} requests)`);
  machine.loadAverageAtEnd = loadavg();
  return { config, startedAt, durationMs: performance.now() - t0, node: process.version, machine, load, kills, badInput, faults, leaks, duplicateCreate, failures };
}
