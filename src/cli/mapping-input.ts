import type { CliOption, FlagValues } from "./cli-command.js";
import { integerArg, readArgText, readJsonArg, timestampArg } from "./arg-values.js";
import { UsageError } from "./usage-error.js";

/** Flags of `update`, each mapped to one input member (plus `--input-json` for the rest). */
export const UPDATE_MAPPING_OPTIONS: Record<string, CliOption> = {
  "function-name": { type: "string", value: "<name|arn>", help: "FunctionName" },
  "batch-size": { type: "string", value: "<n>", help: "BatchSize" },
  enabled: { type: "boolean", help: "Enabled: true" },
  "no-enabled": { type: "boolean", help: "Enabled: false" },
  "maximum-batching-window": { type: "string", value: "<seconds>", help: "MaximumBatchingWindowInSeconds" },
  filter: { type: "string", multiple: true, value: "<pattern|@file>", help: "A FilterCriteria pattern; replaces FilterCriteria" },
  "input-json": { type: "string", value: "<json|@file>", help: "Any other input members as a JSON object; flags override it" },
};

/** Flags of `create`: those of `update` plus the create-only members. */
export const CREATE_MAPPING_OPTIONS: Record<string, CliOption> = {
  "function-name": UPDATE_MAPPING_OPTIONS["function-name"]!,
  "event-source-arn": { type: "string", value: "<arn>", help: "EventSourceArn" },
  ...UPDATE_MAPPING_OPTIONS,
  "starting-position": { type: "string", value: "<TRIM_HORIZON|LATEST|AT_TIMESTAMP>", help: "StartingPosition (streams)" },
  "starting-position-timestamp": { type: "string", value: "<iso|epoch>", help: "StartingPositionTimestamp" },
};

/**
 * Builds a Create/UpdateEventSourceMapping input: `--input-json` first, then each flag on top. The only conversion
 * is JSON's lack of dates: a `StartingPositionTimestamp` string or number becomes a `Date`.
 */
export function buildMappingInput(values: FlagValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (typeof values["input-json"] === "string") {
    const json = readJsonArg(values["input-json"], "--input-json");
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw new UsageError("--input-json must be a JSON object");
    Object.assign(input, json);
  }
  if (typeof input.StartingPositionTimestamp === "string" || typeof input.StartingPositionTimestamp === "number") {
    input.StartingPositionTimestamp = timestampArg(input.StartingPositionTimestamp, "StartingPositionTimestamp");
  }
  const text = (flag: string): string | undefined => values[flag] as string | undefined;
  if (text("function-name") !== undefined) input.FunctionName = text("function-name");
  if (text("event-source-arn") !== undefined) input.EventSourceArn = text("event-source-arn");
  if (text("batch-size") !== undefined) input.BatchSize = integerArg(text("batch-size")!, "batch-size");
  if (text("maximum-batching-window") !== undefined) {
    input.MaximumBatchingWindowInSeconds = integerArg(text("maximum-batching-window")!, "maximum-batching-window");
  }
  if (text("starting-position") !== undefined) input.StartingPosition = text("starting-position");
  if (text("starting-position-timestamp") !== undefined) {
    input.StartingPositionTimestamp = timestampArg(text("starting-position-timestamp")!, "--starting-position-timestamp");
  }
  if (values.enabled === true && values["no-enabled"] === true) throw new UsageError("--enabled and --no-enabled cannot be used together");
  if (values.enabled === true) input.Enabled = true;
  if (values["no-enabled"] === true) input.Enabled = false;
  const filters = values.filter as string[] | undefined;
  if (filters?.length) input.FilterCriteria = { Filters: filters.map((f) => ({ Pattern: readArgText(f, "--filter").trim() })) };
  return input;
}
