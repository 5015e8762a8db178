import type { LambdaClient } from "../client/lambda-client.js";
import { CreateEventSourceMappingCommand } from "../commands/create-event-source-mapping-command.js";
import { DeleteEventSourceMappingCommand } from "../commands/delete-event-source-mapping-command.js";
import { UpdateEventSourceMappingCommand } from "../commands/update-event-source-mapping-command.js";
import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import { TRANSITIONAL_MAPPING_STATES } from "../waiters/mapping-states.js";
import { EventSourceMappingApplyError, memberNamedIn } from "./apply-error.js";
import { diffMapping } from "./diff-mapping.js";
import { listMappings } from "./list-mappings.js";
import { planEventSourceMappings, planMapping } from "./plan-event-source-mappings.js";
import type { AppliedChange, ApplyEventSourceMappingsOptions, ApplyEventSourceMappingsResult, DesiredEventSourceMapping, PlannedAction, PlannedChange } from "./types.js";
import { waitDeleted, waitStable } from "./wait-for-mapping.js";

// Safe order: change what exists, then add, then recreate, and remove last, so a source is never left unserved
// longer than a replacement takes.
const ORDER: readonly PlannedAction[] = ["update", "create", "replace", "delete", "unchanged"];

interface Context {
  client: LambdaClient;
  options: ApplyEventSourceMappingsOptions;
}

/**
 * Makes the account's event source mappings match the desired ones: plans (see {@link planEventSourceMappings}), then
 * updates, creates, replaces (only with `allowReplace`) and deletes (only in a `prune` scope), waiting after each step
 * until the mapping is stable. A mapping another writer changes meanwhile (a Create that meets the service's duplicate
 * check, an Update refused while the mapping is transitioning, a mapping that vanished) is read and planned again, so
 * concurrent applies of the same input end with one mapping each and every change made. Applying the same input again
 * changes nothing and says so (`changed: false`, `message: "No changes."`).
 * @param client - the client to call the service with.
 * @param desired - CreateEventSourceMapping inputs, one per mapping.
 * @param options - `prune`, `allowReplace`, `dryRun`, `wait` timing, `maxAttempts`, `onProgress`, `abortSignal`.
 * @returns the plan and, per planned entry in plan order, what was done with the final configuration.
 * @throws EventSourceMappingPlanError for an invalid desired list; EventSourceMappingApplyError when a step fails
 *   (naming the mapping and member, with `done` and `notDone`) or when a replacement is needed without `allowReplace`.
 * @example
 * ```ts
 * import { LambdaClient, applyEventSourceMappings } from "lambda-event-source-mappings";
 *
 * const client = new LambdaClient({ region: "us-east-1" });
 * const { results, message } = await applyEventSourceMappings(client, [
 *   { FunctionName: "orders", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:orders", BatchSize: 10 },
 *   { FunctionName: "orders", EventSourceArn: "arn:aws:kinesis:us-east-1:123456789012:stream/clicks", StartingPosition: "LATEST" },
 * ], { prune: { function: "orders" } });
 * console.log(message); // "2 created." on the first run, "No changes." on the next
 * ```
 */
export async function applyEventSourceMappings(
  client: LambdaClient,
  desired: readonly DesiredEventSourceMapping[],
  options: ApplyEventSourceMappingsOptions = {},
): Promise<ApplyEventSourceMappingsResult> {
  const plan = await planEventSourceMappings(client, desired, options);
  if (options.dryRun) return { plan, results: [], changed: false, dryRun: true, message: planMessage(plan.summary) };
  const ordered = [...plan.changes].sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));

  const blocked = options.allowReplace ? undefined : ordered.find((c) => c.action === "replace");
  if (blocked) {
    const reasons = blocked.replaceReasons.map((r) => `${r.member}: ${JSON.stringify(r.old)} -> ${JSON.stringify(r.new)}`).join("; ");
    throw new EventSourceMappingApplyError(`Mapping ${blocked.mapping} must be replaced (${reasons}); pass allowReplace to delete and re-create it. Nothing was changed.`, {
      failed: blocked,
      member: blocked.replaceReasons[0]?.member,
      done: [],
      notDone: ordered,
    });
  }

  const context: Context = { client, options };
  const done: AppliedChange[] = [];
  const byChange = new Map<PlannedChange, AppliedChange>();
  for (const [position, change] of ordered.entries()) {
    let result: AppliedChange;
    try {
      result = await execute(context, change);
    } catch (error) {
      throw failure(change, error, done, ordered.slice(position));
    }
    done.push(result);
    byChange.set(change, result);
    options.onProgress?.(result);
  }
  // Reported in plan order (desired order, then deletions), whatever order they ran in.
  const results = plan.changes.map((change) => byChange.get(change)!);
  const changed = results.some((r) => r.outcome !== "unchanged");
  return { plan, results, changed, dryRun: false, message: resultMessage(results) };
}

/** Carries out one planned entry, re-planning it after a race with another writer. */
async function execute(context: Context, planned: PlannedChange): Promise<AppliedChange> {
  if (planned.action === "delete") return deleteMapping(context, planned);
  const attempts = context.options.maxAttempts ?? 5;
  let change = planned;
  for (let attempt = 1; ; attempt++) {
    try {
      return await converge(context, change);
    } catch (error) {
      if (attempt >= attempts || !isRace(change.action, error)) throw error;
      change = await replan(context, change.desired!, change.index);
      if (change.action === "replace" && !context.options.allowReplace) throw error;
    }
  }
}

async function converge(context: Context, change: PlannedChange): Promise<AppliedChange> {
  const { client, options } = context;
  const base = { mapping: change.mapping, changes: change.changes };
  const desired = change.desired!;
  switch (change.action) {
    case "unchanged":
      return { ...base, outcome: "unchanged", configuration: change.current };
    case "update": {
      const uuid = change.current!.UUID!;
      const { update } = diffMapping(desired, change.current!);
      await client.send(new UpdateEventSourceMappingCommand({ UUID: uuid, ...update }), signal(options));
      return { ...base, outcome: "updated", configuration: await waitStable(client, uuid, options.wait, options.abortSignal) };
    }
    case "create": {
      if (change.current?.State === "Deleting") await waitDeleted(client, change.current.UUID!, options.wait, options.abortSignal);
      const created = await client.send(new CreateEventSourceMappingCommand(desired), signal(options));
      return { ...base, outcome: "created", configuration: await waitStable(client, created.UUID!, options.wait, options.abortSignal) };
    }
    case "replace": {
      const uuid = change.current!.UUID!;
      await client.send(new DeleteEventSourceMappingCommand({ UUID: uuid }), signal(options));
      await waitDeleted(client, uuid, options.wait, options.abortSignal);
      const created = await client.send(new CreateEventSourceMappingCommand(desired), signal(options));
      const changes = [...change.replaceReasons, ...change.changes];
      return { ...base, changes, outcome: "replaced", configuration: await waitStable(client, created.UUID!, options.wait, options.abortSignal) };
    }
    default:
      throw new Error(`unexpected planned action ${change.action}`);
  }
}

async function deleteMapping(context: Context, change: PlannedChange): Promise<AppliedChange> {
  const { client, options } = context;
  const uuid = change.current!.UUID!;
  const base = { mapping: change.mapping, changes: [], configuration: change.current };
  for (let attempt = 1; ; attempt++) {
    try {
      await client.send(new DeleteEventSourceMappingCommand({ UUID: uuid }), signal(options));
      await waitDeleted(client, uuid, options.wait, options.abortSignal);
      return { ...base, outcome: "deleted" };
    } catch (error) {
      const name = (error as { name?: string }).name;
      // Someone else deleted it: the goal is reached without us.
      if (name === "ResourceNotFoundException") return { ...base, outcome: "unchanged" };
      if (name !== "ResourceInUseException" || attempt >= (options.maxAttempts ?? 5)) throw error;
      await waitStable(client, uuid, options.wait, options.abortSignal);
    }
  }
}

/** Reads the mapping afresh (waiting out a transition) and plans it again. */
async function replan(context: Context, desired: DesiredEventSourceMapping, index: number | undefined): Promise<PlannedChange> {
  const { client, options } = context;
  let existing: EventSourceMappingConfiguration[] = await listMappings(client, desired.FunctionName, options.abortSignal);
  const change = planMapping(desired, existing, index);
  const current = change.current;
  if (current?.UUID && current.State && TRANSITIONAL_MAPPING_STATES.has(current.State) && current.State !== "Deleting") {
    existing = [await waitStable(client, current.UUID, options.wait, options.abortSignal).catch(async () => current)];
    return planMapping(desired, existing, index);
  }
  return change;
}

/** Errors that mean another writer got there first, so the mapping must be read again. */
function isRace(action: PlannedAction, error: unknown): boolean {
  const name = (error as { name?: string }).name;
  if (name === "ResourceConflictException" || name === "ResourceInUseException") return true;
  // Update or replace of a mapping someone deleted meanwhile; for a Create it means the function is missing.
  return name === "ResourceNotFoundException" && action !== "create";
}

function failure(change: PlannedChange, error: unknown, done: AppliedChange[], notDone: PlannedChange[]): EventSourceMappingApplyError {
  const cause = error as { name?: string; message?: string };
  const sent = change.action === "update" ? change.changes.map((c) => c.member).join(", ") : undefined;
  const member = memberNamedIn(cause.message) ?? (sent || undefined);
  const what = `${change.action} ${change.mapping}${member ? ` (${member})` : ""}`;
  const summary = done.length === 0 ? "nothing was done before it" : `done before it: ${resultMessage(done).replace(/\.$/, "")}`;
  return new EventSourceMappingApplyError(`Could not ${what}: ${cause.name ?? "Error"}: ${cause.message ?? String(error)} — ${summary}; ${notDone.length} not done.`, {
    failed: change,
    ...(member ? { member } : {}),
    done: [...done],
    notDone,
    cause: error,
  });
}

const signal = (options: ApplyEventSourceMappingsOptions) => (options.abortSignal ? { abortSignal: options.abortSignal } : {});

function planMessage(summary: Record<PlannedAction, number>): string {
  const parts = (["create", "update", "replace", "delete"] as const).filter((a) => summary[a] > 0).map((a) => `${summary[a]} to ${a}`);
  return parts.length === 0 ? "No changes." : `Plan: ${parts.join(", ")}.`;
}

function resultMessage(results: readonly AppliedChange[]): string {
  const counts = new Map<string, number>();
  for (const r of results) if (r.outcome !== "unchanged") counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  return counts.size === 0 ? "No changes." : `${[...counts].map(([outcome, n]) => `${n} ${outcome}`).join(", ")}.`;
}
