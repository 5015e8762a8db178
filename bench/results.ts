import type { Subject } from "./probe-script.js";

/** The rows of the bench table: the four subjects, and the raw floor measured a second time as the noise estimate. */
export const LABELS = ["raw", "raw (again)", "ours", "aws-lite", "sdk"] as const;
export type Label = (typeof LABELS)[number];

/** The subject a row measures. */
export const subjectOf = (label: Label): Subject => (label === "raw (again)" ? "raw" : label);

/** Figures of one row; each is a median over the rounds where the figure has rounds. */
export interface Row {
  coldNodeModulesMs?: number;
  coldBundleMs?: number;
  perRequestUs?: number;
  bundleMinifiedBytes?: number;
  bundleDefaultsBytes?: number;
  rssAt10kBytes?: number;
  /** RSS after the memory probe's last request (`settings.memoryRequests`). */
  rssAtEndBytes?: number;
  paginate?: { ms: number; items: number; pages: number; before: number; peak10: number; peak: number };
  concurrentRps?: number;
}

/** One bench run: where and how it ran, and the figures. */
export interface BenchResults {
  node: string;
  cpu: string;
  cores: number;
  loadBefore: number[];
  loadAfter: number[];
  startedAt: string;
  seconds: number;
  settings: {
    rounds: number;
    coldPerRound: number;
    requests: number;
    concurrentRequests: number;
    /** Requests of the memory probe; RSS is sampled after 10,000 and after this many. */
    memoryRequests: number;
    memorySubjects: Subject[];
    mappings: number;
  };
  rows: Partial<Record<Label, Row>>;
  /** One command bundled for a browser (esbuild --platform=browser, minified): this library and the SDK, in bytes. */
  browserBundleBytes?: { ours: number; sdk: number; nodeBuiltins: string[] };
}
