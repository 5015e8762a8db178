import type { EventSourceMappingWaiterConfiguration, EventSourceMappingWaiterError } from "../../waiters/waiter-types.js";
import { waitUntilEventSourceMappingDeleted } from "../../waiters/wait-until-event-source-mapping-deleted.js";
import { waitUntilEventSourceMappingDisabled } from "../../waiters/wait-until-event-source-mapping-disabled.js";
import { waitUntilEventSourceMappingEnabled } from "../../waiters/wait-until-event-source-mapping-enabled.js";
import { waitUntilEventSourceMappingStable } from "../../waiters/wait-until-event-source-mapping-stable.js";
import type { LambdaClient } from "../../client/lambda-client.js";
import { backoffCeilingMs } from "../../waiters/poll-with-backoff.js";
import type { CliCommand, CliIo } from "../cli-command.js";
import { toCliData } from "../output/cli-data.js";
import { shapeOf } from "../model-flags.js";
import { paramError } from "../param-values.js";
import { CliFailure } from "../report-error.js";
import { UsageError } from "../usage-error.js";

const WAITERS = {
  enabled: waitUntilEventSourceMappingEnabled,
  disabled: waitUntilEventSourceMappingDisabled,
  deleted: waitUntilEventSourceMappingDeleted,
  stable: waitUntilEventSourceMappingStable,
} as const;

function seconds(value: unknown, flag: string): number {
  const n = Number(value);
  if (typeof value !== "string" || value.trim() === "" || !(n > 0) || !Number.isFinite(n)) {
    throw paramError(`--${flag}`, `expected a positive number of seconds, got '${String(value)}'`);
  }
  return n;
}

/** `lambda-esm wait <condition> --uuid U`: one of the waiters, with a live progress line when stderr is a terminal; exit 255 on failure. */
export const waitCommand: CliCommand = {
  name: "wait",
  positionals: { usage: "<enabled|disabled|deleted|stable>", min: 1, max: 2 },
  description:
    "Wait until a mapping is Enabled, Disabled, deleted, or in no transitional state (stable), then print it. " +
    "Fails at once (exit 255, with the last state and reason) when it settles in the opposite state or disappears. " +
    "On a terminal a progress line shows the state, the time waited and the next poll.",
  callsService: true,
  options: [
    { name: "uuid", kind: "value", value: "<uuid>", help: "The mapping's UUID (required)", required: true },
    { name: "timeout", kind: "value", value: "<seconds>", help: "Give up after this long (default 300)" },
    { name: "min-delay", kind: "value", value: "<seconds>", help: "Shortest delay between polls (default 1; fractions allowed)" },
    { name: "max-delay", kind: "value", value: "<seconds>", help: "Longest delay between polls (default 30)" },
  ],
  async run({ io, client, values, positionals }) {
    const [condition, legacyUuid] = positionals as [string, string | undefined];
    if (!Object.hasOwn(WAITERS, condition)) {
      throw new UsageError(`argument condition: Invalid choice '${condition}', valid choices are: enabled, disabled, deleted, stable`, { command: "wait" });
    }
    const UUID = (values.uuid as string | undefined) ?? legacyUuid;
    if (!UUID) throw new UsageError("the following arguments are required: --uuid", { command: "wait" });
    const timeout = values.timeout === undefined ? 300 : seconds(values.timeout, "timeout");
    const minDelay = values["min-delay"] === undefined ? Math.min(1, timeout / 2) : seconds(values["min-delay"], "min-delay");
    const maxDelay = values["max-delay"] === undefined ? Math.max(minDelay, Math.min(30, timeout)) : seconds(values["max-delay"], "max-delay");
    if (minDelay >= timeout) throw paramError("--min-delay", `${minDelay} s is not shorter than --timeout ${timeout} s`);
    if (maxDelay < minDelay) throw paramError("--max-delay", `${maxDelay} s is shorter than --min-delay ${minDelay} s`);
    const lambda = await client();
    const progress = io.stderrIsTTY ? startProgressLine(io, lambda, { UUID, condition, timeout, minDelay, maxDelay }) : undefined;
    const params: EventSourceMappingWaiterConfiguration = { client: lambda, maxWaitTime: timeout, minDelay, maxDelay };
    try {
      const { reason } = await WAITERS[condition as keyof typeof WAITERS](params, { UUID });
      return condition === "deleted" ? undefined : { data: toCliData(reason, shapeOf("EventSourceMappingConfiguration")) };
    } catch (error) {
      throw explainWaiterError(error, condition, UUID, timeout);
    } finally {
      progress?.stop();
    }
  },
};

/**
 * The live progress line on a terminal's stderr, redrawn four times a second: the mapping's last state, the time
 * waited, and when the next poll happens at the latest (the poller sleeps a random time up to the backoff ceiling).
 * A middleware on the client watches each GetEventSourceMapping answer. `stop` erases the line.
 */
function startProgressLine(
  io: CliIo,
  lambda: LambdaClient,
  wait: { UUID: string; condition: string; timeout: number; minDelay: number; maxDelay: number },
): { stop(): void } {
  const started = Date.now();
  const deadline = started + wait.timeout * 1000;
  let state = "not polled yet";
  let polls = 0;
  let inFlight = false;
  let nextPollBy = started;
  lambda.middlewareStack.add(
    (next) => async (args) => {
      inFlight = true;
      try {
        const result = await next(args);
        state = String((result.output as { State?: string }).State ?? "unknown");
        return result;
      } catch (error) {
        state = (error as Error).name;
        throw error;
      } finally {
        inFlight = false;
        polls++;
        nextPollBy = Math.min(Date.now() + backoffCeilingMs(wait, polls), deadline);
      }
    },
    { step: "initialize", name: "cliWaitProgress" },
  );
  const draw = (): void => {
    const now = Date.now();
    const elapsed = Math.floor((now - started) / 1000);
    const poll = inFlight || polls === 0 ? "polling now" : `next poll within ${(Math.max(0, nextPollBy - now) / 1000).toFixed(1)} s`;
    io.stderr.write(`\r\x1b[2Kwaiting for ${wait.UUID} to be ${wait.condition}: ${state}, ${elapsed} s elapsed of ${wait.timeout} s, ${poll}`);
  };
  draw();
  const timer = setInterval(draw, 250);
  return {
    stop() {
      clearInterval(timer);
      io.stderr.write("\r\x1b[2K");
    },
  };
}

/** A waiter's failure as the AWS CLI words one (`Waiter X failed: ...`), with the last state and reason; exit 255. */
function explainWaiterError(error: unknown, condition: string, uuid: string, timeout: number): unknown {
  const { state, reason } = error as Partial<EventSourceMappingWaiterError>;
  if (!state) return error;
  const mapping = reason && !(reason instanceof Error) ? (reason as { State?: string; StateTransitionReason?: string }) : undefined;
  const last =
    reason instanceof Error
      ? `last answer: ${reason.name}: ${reason.message}`
      : mapping
        ? `last state: ${mapping.State}${mapping.StateTransitionReason ? `, reason: ${mapping.StateTransitionReason}` : ""}`
        : "no answer yet";
  const name = `EventSourceMapping${condition[0]!.toUpperCase()}${condition.slice(1)}`;
  const text =
    state === "TIMEOUT"
      ? `Waiter ${name} failed: Max wait time exceeded: mapping ${uuid} is not ${condition} after ${timeout} s (${last})`
      : `Waiter ${name} failed: mapping ${uuid} will not become ${condition} (${last})`;
  return new CliFailure(text, 255);
}
