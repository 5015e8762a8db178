import type { EventSourceMappingWaiterConfiguration, EventSourceMappingWaiterError } from "../../waiters/waiter-types.js";
import { waitUntilEventSourceMappingDeleted } from "../../waiters/wait-until-event-source-mapping-deleted.js";
import { waitUntilEventSourceMappingDisabled } from "../../waiters/wait-until-event-source-mapping-disabled.js";
import { waitUntilEventSourceMappingEnabled } from "../../waiters/wait-until-event-source-mapping-enabled.js";
import { waitUntilEventSourceMappingStable } from "../../waiters/wait-until-event-source-mapping-stable.js";
import { secondsArg } from "../arg-values.js";
import type { CliCommand } from "../cli-command.js";
import { renderMapping } from "../mapping-tables.js";
import { UsageError } from "../usage-error.js";

const WAITERS = {
  enabled: waitUntilEventSourceMappingEnabled,
  disabled: waitUntilEventSourceMappingDisabled,
  deleted: waitUntilEventSourceMappingDeleted,
  stable: waitUntilEventSourceMappingStable,
} as const;

/** `lambda-esm wait <condition> <uuid>`: one of the waiters; exit code 1 when it fails or times out. */
export const waitCommand: CliCommand = {
  name: "wait",
  args: "<enabled|disabled|deleted|stable> <uuid> [options]",
  positionals: { min: 2, max: 2 },
  description:
    "Wait until a mapping is Enabled, Disabled, deleted, or in no transitional state (stable); prints the mapping. " +
    "Fails at once when the mapping settles in the opposite state or disappears.",
  options: {
    timeout: { type: "string", value: "<seconds>", help: "Give up after this long (default 300)" },
    "min-delay": { type: "string", value: "<seconds>", help: "Shortest delay between polls (default 1; fractions allowed)" },
    "max-delay": { type: "string", value: "<seconds>", help: "Longest delay between polls (default 30)" },
  },
  async run({ client, values, positionals }) {
    const [condition, UUID] = positionals as [string, string];
    if (!Object.hasOwn(WAITERS, condition)) {
      throw new UsageError(`lambda-esm wait: condition must be enabled, disabled, deleted or stable, got '${condition}'`, "wait");
    }
    const params: EventSourceMappingWaiterConfiguration = {
      client: await client(),
      maxWaitTime: values.timeout === undefined ? 300 : secondsArg(values.timeout as string, "timeout"),
    };
    if (values["min-delay"] !== undefined) params.minDelay = secondsArg(values["min-delay"] as string, "min-delay");
    if (values["max-delay"] !== undefined) params.maxDelay = secondsArg(values["max-delay"] as string, "max-delay");
    try {
      const { reason } = await WAITERS[condition as keyof typeof WAITERS](params, { UUID });
      return condition === "deleted" ? { data: { UUID, Deleted: true } } : { data: reason, table: renderMapping };
    } catch (error) {
      throw explainWaiterError(error, condition, UUID, params.maxWaitTime);
    }
  },
};

/** Rewrites a waiter's JSON message as one readable line; option mistakes become usage errors. */
function explainWaiterError(error: unknown, condition: string, uuid: string, timeout: number): unknown {
  const { state, reason, message } = error as Partial<EventSourceMappingWaiterError>;
  if (message?.startsWith("WaiterConfiguration.")) return new UsageError(`lambda-esm wait: ${message.replace("WaiterConfiguration.", "")}`, "wait");
  if (!state) return error;
  const last = reason instanceof Error ? `${reason.name}: ${reason.message}` : reason ? `State is ${reason.State}` : "no answer yet";
  const text =
    state === "TIMEOUT"
      ? `mapping ${uuid} is not ${condition} after ${timeout} s (${last})`
      : state === "ABORTED"
        ? `waiting for mapping ${uuid} was aborted (${last})`
        : `mapping ${uuid} will not become ${condition}: ${last}`;
  return Object.assign(new Error(text), { name: (error as Error).name });
}
