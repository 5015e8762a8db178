import type { LambdaClient } from "../client/lambda-client.js";
import type { EventSourceMappingConfiguration } from "../models/shapes.js";
import { checkDesired } from "./check-desired.js";
import { diffMapping } from "./diff-mapping.js";
import { sameFunction } from "./function-reference.js";
import { listMappings } from "./list-mappings.js";
import { describeMapping, isSameMapping } from "./mapping-identity.js";
import { EventSourceMappingPlanError } from "./plan-error.js";
import type { DesiredEventSourceMapping, EventSourceMappingPlan, PlanEventSourceMappingsOptions, PlannedAction, PlannedChange, PruneScope } from "./types.js";

/**
 * Plans how to bring the account's event source mappings to the desired ones, without changing anything: per desired
 * mapping `create`, `update` (with each member's old → new value), `replace` (members that cannot change in place,
 * with the reason) or `unchanged`, then `delete` for mappings in a prune scope that no desired mapping matches.
 * Mappings are identified as the service identifies duplicates: function plus event source ARN (Kafka: plus topic,
 * or bootstrap servers and topic; Amazon MQ: plus queue). Existing mappings are found by listing each function.
 * @param client - the client to list with.
 * @param desired - CreateEventSourceMapping inputs, one per mapping.
 * @param options - `prune`: scopes (a function, or a tag) in which undesired mappings are deleted.
 * @throws EventSourceMappingPlanError for an invalid or ambiguous desired list, naming the mapping and member.
 * @example
 * ```ts
 * const plan = await planEventSourceMappings(client, [
 *   { FunctionName: "orders", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:orders", BatchSize: 20, MaximumBatchingWindowInSeconds: 1 },
 * ]);
 * for (const change of plan.changes) console.log(change.action, change.mapping); // "update orders <- arn:aws:sqs:…"
 * ```
 */
export async function planEventSourceMappings(
  client: LambdaClient,
  desired: readonly DesiredEventSourceMapping[],
  options: PlanEventSourceMappingsOptions & { abortSignal?: AbortSignal } = {},
): Promise<EventSourceMappingPlan> {
  checkDesired(desired);
  const scopes = pruneScopes(options.prune);
  const known = new Map<string, EventSourceMappingConfiguration>();
  const remember = (mappings: EventSourceMappingConfiguration[]) => mappings.forEach((m) => m.UUID && known.set(m.UUID, m));
  for (const functionName of new Set(desired.map((d) => d.FunctionName!))) remember(await listExisting(client, functionName, options.abortSignal));
  for (const scope of scopes) remember(await listExisting(client, "function" in scope ? scope.function : undefined, options.abortSignal));

  const existing = [...known.values()];
  const claimed = new Set<string>();
  const changes = desired.map((mapping, index) => {
    const change = planMapping(mapping, existing, index);
    if (change.current?.UUID) claimed.add(change.current.UUID);
    return change;
  });
  for (const mapping of existing) {
    if (claimed.has(mapping.UUID!) || mapping.State === "Deleting") continue;
    if (await inAnyScope(mapping, scopes)) changes.push({ action: "delete", mapping: describeMapping(mapping), current: mapping, changes: [], replaceReasons: [] });
  }
  return summarize(changes);
}

/** Plans one desired mapping against the existing mappings it might be. */
export function planMapping(desired: DesiredEventSourceMapping, existing: readonly EventSourceMappingConfiguration[], index?: number): PlannedChange {
  const current = existing.find((m) => isSameMapping(desired, m));
  const base = { mapping: describeMapping(desired), desired, ...(index === undefined ? {} : { index }) };
  // A mapping still being deleted blocks a new one (the service counts it as a duplicate): create after it is gone.
  if (!current || current.State === "Deleting") return { ...base, action: "create", ...(current ? { current } : {}), changes: [], replaceReasons: [] };
  const diff = diffMapping(desired, current);
  const action: PlannedAction = diff.replaceReasons.length > 0 ? "replace" : diff.changes.length > 0 ? "update" : "unchanged";
  return { ...base, action, current, changes: diff.changes, replaceReasons: diff.replaceReasons };
}

/** Builds the plan object with its counts. */
export function summarize(changes: PlannedChange[]): EventSourceMappingPlan {
  const summary: Record<PlannedAction, number> = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const change of changes) summary[change.action]++;
  return { changes, hasChanges: changes.some((c) => c.action !== "unchanged"), summary };
}

/** Lists a function's mappings; a function that does not exist yet has none (its Create will say why it fails). */
async function listExisting(client: LambdaClient, functionName: string | undefined, abortSignal?: AbortSignal): Promise<EventSourceMappingConfiguration[]> {
  try {
    return await listMappings(client, functionName, abortSignal);
  } catch (error) {
    if ((error as { name?: string }).name === "ResourceNotFoundException") return [];
    throw error;
  }
}

function pruneScopes(prune: PlanEventSourceMappingsOptions["prune"]): PruneScope[] {
  const scopes = prune === undefined ? [] : Array.isArray(prune) ? [...prune] : [prune as PruneScope];
  for (const scope of scopes) {
    const ok =
      typeof scope === "object" &&
      scope !== null &&
      (("function" in scope && typeof scope.function === "string" && scope.function !== "") ||
        ("tag" in scope && typeof scope.tag?.key === "string" && typeof scope.readTags === "function"));
    if (!ok) throw new EventSourceMappingPlanError(`prune scope ${JSON.stringify(scope)} must be { function: "name or ARN" } or { tag: { key, value? }, readTags }.`);
  }
  return scopes;
}

async function inAnyScope(mapping: EventSourceMappingConfiguration, scopes: readonly PruneScope[]): Promise<boolean> {
  for (const scope of scopes) {
    if ("function" in scope) {
      if (sameFunction(scope.function, mapping.FunctionArn)) return true;
    } else if (mapping.EventSourceMappingArn) {
      const tags = (await scope.readTags(mapping.EventSourceMappingArn)) ?? {};
      if (scope.tag.key in tags && (scope.tag.value === undefined || tags[scope.tag.key] === scope.tag.value)) return true;
    }
  }
  return false;
}
