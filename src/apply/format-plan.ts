import type { AppliedChange, ApplyEventSourceMappingsResult, EventSourceMappingPlan, PlannedAction, PlannedChange } from "./types.js";

/** ANSI colors for a terminal; identity functions without color. */
interface Paint {
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  magenta(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const COLOR: Paint = { green: ansi(32), yellow: ansi(33), red: ansi(31), magenta: ansi(35), dim: ansi(2), bold: ansi(1) };
const PLAIN: Paint = { green: String, yellow: String, red: String, magenta: String, dim: String, bold: String };

const MARK: Record<PlannedAction, [string, keyof Paint]> = {
  create: ["+", "green"],
  update: ["~", "yellow"],
  replace: ["-/+", "magenta"],
  delete: ["-", "red"],
  unchanged: [" ", "dim"],
};

/** A value as the plan shows it: JSON, with dates as ISO text and filter patterns as their JSON. */
function show(value: unknown): string {
  if (value === undefined) return "(none)";
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** The settings a new mapping gets, one per line (the desired input, without its identity). */
function createdMembers(change: PlannedChange): string[] {
  const skip = new Set(["FunctionName", "EventSourceArn", "Topics", "Queues", "SelfManagedEventSource"]);
  return Object.entries(change.desired ?? {})
    .filter(([member, value]) => value !== undefined && !skip.has(member))
    .map(([member, value]) => `${member}: ${show(value)}`);
}

/**
 * Renders a plan as a readable diff: `+` create, `~` update (each member old -> new), `-/+` replace (the members that
 * force it, and why), `-` delete; unchanged mappings are counted, not listed. Colored for a terminal when `color`.
 */
export function formatPlan(plan: EventSourceMappingPlan, options: { color?: boolean } = {}): string {
  const paint = options.color ? COLOR : PLAIN;
  const lines: string[] = [];
  for (const change of plan.changes) {
    if (change.action === "unchanged") continue;
    const [mark, colorName] = MARK[change.action];
    const color = paint[colorName];
    const uuid = change.current?.UUID ? paint.dim(` (${change.current.UUID})`) : "";
    lines.push(color(`${mark} ${change.action} ${change.mapping}`) + uuid);
    const details =
      change.action === "create"
        ? createdMembers(change).map((line) => paint.green(`+ ${line}`))
        : change.action === "delete"
          ? []
          : [
              ...change.replaceReasons.map((r) => paint.magenta(`~ ${r.member}: ${show(r.old)} -> ${show(r.new)}`) + paint.dim(`  # forces replacement: ${r.reason}`)),
              ...change.changes.map((c) => paint.yellow(`~ ${c.member}: ${show(c.old)} -> ${show(c.new)}`)),
            ];
    for (const line of details) lines.push(`    ${line}`);
  }
  const { summary } = plan;
  if (!plan.hasChanges) lines.push(`No changes. ${summary.unchanged} mapping${summary.unchanged === 1 ? "" : "s"} up to date.`);
  else {
    const counts = `${summary.create} to create, ${summary.update} to update, ${summary.replace} to replace, ${summary.delete} to delete`;
    lines.push("", paint.bold(`Plan: ${counts}; ${summary.unchanged} unchanged.`));
  }
  return `${lines.join("\n")}\n`;
}

/** Renders what apply did: one line per mapping that changed, then the summary line. */
export function formatApplyResult(result: Pick<ApplyEventSourceMappingsResult, "results" | "message">, options: { color?: boolean } = {}): string {
  const paint = options.color ? COLOR : PLAIN;
  const lines = result.results.filter((r) => r.outcome !== "unchanged").map((r) => formatApplied(r, paint));
  lines.push(paint.bold(result.message));
  return `${lines.join("\n")}\n`;
}

function formatApplied(result: AppliedChange, paint: Paint): string {
  const color = { created: paint.green, updated: paint.yellow, replaced: paint.magenta, deleted: paint.red, unchanged: paint.dim }[result.outcome];
  const config = result.configuration;
  const where = config?.UUID ? paint.dim(` (${config.UUID}${result.outcome === "deleted" ? "" : `, ${config.State}`})`) : "";
  return color(`${result.outcome} ${result.mapping}`) + where;
}

/** True when the plan deletes or replaces something (what a person confirms before it happens). */
export const isDestructive = (plan: EventSourceMappingPlan): boolean => plan.summary.delete > 0 || plan.summary.replace > 0;

/** The plan as printed with `--output json`: per entry the action, mapping, UUID and member changes. */
export function planToJson(plan: EventSourceMappingPlan): Record<string, unknown> {
  return {
    hasChanges: plan.hasChanges,
    summary: plan.summary,
    changes: plan.changes.map((c) => ({
      action: c.action,
      mapping: c.mapping,
      ...(c.current?.UUID ? { UUID: c.current.UUID } : {}),
      changes: c.changes,
      replaceReasons: c.replaceReasons,
    })),
  };
}

/** What apply did, as printed with `--output json`. */
export function applyResultToJson(result: Pick<ApplyEventSourceMappingsResult, "plan" | "results" | "changed" | "message">): Record<string, unknown> {
  return { changed: result.changed, message: result.message, plan: planToJson(result.plan), results: result.results };
}
