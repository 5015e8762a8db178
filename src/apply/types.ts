import type { CreateEventSourceMappingRequest, EventSourceMappingConfiguration } from "../models/shapes.js";

/**
 * One desired mapping: the CreateEventSourceMapping input (function, source, settings), with the function given by
 * name, partial ARN, full ARN or alias/version-qualified ARN.
 */
export type DesiredEventSourceMapping = CreateEventSourceMappingRequest;

/** One member that differs between the existing mapping and the desired one. */
export interface MemberChange {
  /** The member, e.g. `BatchSize`, or a sub-member path such as `SelfManagedKafkaEventSourceConfig.ConsumerGroupId`. */
  member: string;
  /** The value the mapping has now (`undefined` when it reports none). */
  old: unknown;
  /** The value the desired mapping asks for (the service default when the desired mapping leaves the member out). */
  new: unknown;
}

/** A member that cannot change in place, so the mapping must be deleted and created again. */
export interface ReplaceReason extends MemberChange {
  /** Why the member forces a replacement. */
  reason: string;
}

/**
 * Which existing mappings a plan may delete when no desired mapping matches them: all mappings of one function
 * (name or ARN; qualified references scope to that version or alias), or all mappings carrying a tag. The five
 * event source mapping operations do not return tags, so a tag scope needs `readTags` (for example with
 * `@aws-sdk/client-lambda`'s `ListTagsCommand`).
 */
export type PruneScope =
  | {
      /** Every mapping that `ListEventSourceMappings` lists for this `FunctionName` (a name, ARN or partial ARN). */
      function: string;
    }
  | {
      /** Every mapping with this tag (and this value, when given). */
      tag: {
        /** The tag key. */
        key: string;
        /** The tag value; any value when absent. */
        value?: string;
      };
      /** Reads a mapping's tags by its `EventSourceMappingArn`. */
      readTags: (eventSourceMappingArn: string) => Promise<Record<string, string> | undefined>;
    };

/** Options of {@link planEventSourceMappings}. */
export interface PlanEventSourceMappingsOptions {
  /** Scopes in which existing mappings that no desired mapping matches are planned for deletion. @default no deletions */
  prune?: PruneScope | readonly PruneScope[];
}

/** What a plan does with one mapping. */
export type PlannedAction = "create" | "update" | "replace" | "delete" | "unchanged";

/** The plan for one mapping. */
export interface PlannedChange {
  /** What to do. */
  action: PlannedAction;
  /** The mapping's function and source, e.g. `my-fn <- arn:aws:sqs:us-east-1:123456789012:orders`. */
  mapping: string;
  /** The desired mapping (absent for `delete`). */
  desired?: DesiredEventSourceMapping;
  /** Position of the desired mapping in the input list (absent for `delete`). */
  index?: number;
  /** The existing mapping, as listed (absent for `create` from nothing). */
  current?: EventSourceMappingConfiguration;
  /** For `update`: the members that change, old → new. For `replace`: every member that differs. */
  changes: MemberChange[];
  /** For `replace`: the members that cannot change in place, and why. */
  replaceReasons: ReplaceReason[];
}

/** The result of {@link planEventSourceMappings}. */
export interface EventSourceMappingPlan {
  /** One entry per desired mapping, in input order, then the deletions. */
  changes: PlannedChange[];
  /** True when any entry is not `unchanged`. */
  hasChanges: boolean;
  /** How many entries of each action. */
  summary: Record<PlannedAction, number>;
}

/** Timing of the waits between steps (see the waiters); seconds. */
export interface ApplyWaitOptions {
  /** Longest wait for one mapping to become stable or deleted. @default 300 */
  maxWaitTime?: number;
  /** Shortest delay between two polls. @default 1 */
  minDelay?: number;
  /** Longest delay between two polls. @default 30 */
  maxDelay?: number;
}

/** Options of {@link applyEventSourceMappings}. */
export interface ApplyEventSourceMappingsOptions extends PlanEventSourceMappingsOptions {
  /** Delete and re-create mappings whose create-only members differ; without it such a plan fails before any change. @default false */
  allowReplace?: boolean;
  /** Return the plan without changing anything. @default false */
  dryRun?: boolean;
  /** Timing of the waits for stable and deleted mappings. */
  wait?: ApplyWaitOptions;
  /** How many times one mapping is re-read and re-planned after a race with another writer (a conflict, a mapping in use or gone). @default 5 */
  maxAttempts?: number;
  /** Called after each mapping is done. */
  onProgress?: (result: AppliedChange) => void;
  /** Cancels waits and requests in flight. */
  abortSignal?: AbortSignal;
}

/** What apply did with one mapping. */
export interface AppliedChange {
  /** `created`, `updated`, `replaced`, `deleted`, or `unchanged` when nothing needed doing (also when another writer had already made the change). */
  outcome: "created" | "updated" | "replaced" | "deleted" | "unchanged";
  /** The mapping's function and source. */
  mapping: string;
  /** The members changed (for updates and replacements). */
  changes: MemberChange[];
  /** The final configuration, read after the mapping became stable (for deletions: the last one seen). */
  configuration?: EventSourceMappingConfiguration;
}

/** The result of {@link applyEventSourceMappings}. */
export interface ApplyEventSourceMappingsResult {
  /** The plan that was executed (or would be, with `dryRun`). */
  plan: EventSourceMappingPlan;
  /** Per planned entry, in plan order, what was done; empty with `dryRun`. */
  results: AppliedChange[];
  /** True when anything was created, updated, replaced or deleted. */
  changed: boolean;
  /** True when this was a dry run. */
  dryRun: boolean;
  /** One line for people: `No changes.`, or counts of what was done. */
  message: string;
}
