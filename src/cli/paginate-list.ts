import { Buffer } from "node:buffer";
import type { OperationSchema } from "../models/schema-types.js";
import type { CommandContext, CommandResult, FlagValues } from "./cli-command.js";
import { shapeOf } from "./model-flags.js";
import { toCliData } from "./output/cli-data.js";
import { validateParams } from "./param-validation.js";
import { pythonInt, pythonRepr } from "./python-int.js";
import { UsageError } from "./usage-error.js";

/** A pagination resume point: the service's marker for the page, and how many of its items were already printed. */
interface ResumeToken {
  marker: string | undefined;
  skip: number;
}

/** Python's `json.dumps` of a flat dict of strings, numbers and null (botocore's token JSON). */
function pythonJson(object: Record<string, string | number | null>): string {
  return `{${Object.entries(object)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(", ")}}`;
}

/** botocore's `TokenEncoder`: base64 of `{"Marker": ..., "boto_truncate_amount": n}`. */
export function encodeToken(inputToken: string, token: ResumeToken): string {
  const object: Record<string, string | number | null> = { [inputToken]: token.marker ?? null };
  if (token.skip) object.boto_truncate_amount = token.skip;
  return Buffer.from(pythonJson(object), "utf8").toString("base64");
}

/** botocore's `_parse_starting_token`: a token of ours, or (its fallback) the service's own marker as is. */
export function decodeToken(inputToken: string, token: string): ResumeToken {
  try {
    const decoded = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as Record<string, unknown>;
    if (decoded && typeof decoded === "object" && inputToken in decoded) {
      const marker = decoded[inputToken];
      const skip = decoded.boto_truncate_amount;
      return { marker: typeof marker === "string" && marker !== "None" ? marker : undefined, skip: typeof skip === "number" ? skip : 0 };
    }
  } catch {
    // Not one of ours: botocore's deprecated-token path passes it through as the service's marker.
  }
  const parts = token.split("___");
  if (parts.length === 2 && /^\d+$/.test(parts[1]!)) return { marker: parts[0] === "None" ? undefined : parts[0], skip: Number(parts[1]) };
  return { marker: token, skip: 0 };
}

/**
 * `--max-items` or `--page-size` as the AWS CLI's argparse reads them (`type=int`): a usage error naming the
 * argument for anything but an integer.
 */
export function paginationInt(values: FlagValues, flag: "max-items" | "page-size"): number | undefined {
  const raw = values[flag];
  if (typeof raw !== "string") return undefined;
  const value = pythonInt(raw);
  if (value === undefined) throw new UsageError(`argument --${flag}: invalid int value: ${pythonRepr(raw)}`);
  return value;
}

/**
 * The AWS CLI's pagination of a list operation (botocore's `PageIterator` and `build_full_result`): follows the
 * output token over every page, `--page-size` per call, `--max-items` as a total with a `NextToken` to resume,
 * `--starting-token` to resume, and an error when the service repeats a token.
 */
export async function paginateList(
  operation: OperationSchema,
  input: Record<string, unknown>,
  context: CommandContext,
  send: (input: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<CommandResult> {
  const { inputToken, outputToken, pageSize, items } = operation.paginated!;
  const maxItems = paginationInt(context.values, "max-items");
  const size = paginationInt(context.values, "page-size");
  const start = typeof context.values["starting-token"] === "string" ? decodeToken(inputToken, context.values["starting-token"]) : undefined;
  const request: Record<string, unknown> = { ...input };
  if (size !== undefined) request[pageSize] = size;
  // botocore validates each page's request, --page-size as the model's MaxItems (its minimum is 1) included.
  validateParams(request, operation.input);
  let marker = start?.marker;
  let skip = start?.skip ?? 0;
  const all: unknown[] = [];
  const pages: unknown[] = [];
  let resume: ResumeToken | undefined;
  let previous: string | undefined;
  const outputShape = shapeOf(operation.output);
  for (;;) {
    if (marker !== undefined) request[inputToken] = marker;
    else delete request[inputToken];
    const page = toCliData(await send(request), outputShape) as Record<string, unknown>;
    let pageItems = ((page[items!] as unknown[] | undefined) ?? []).slice(skip);
    const startSkip = skip;
    skip = 0;
    if (maxItems !== undefined && all.length + pageItems.length > maxItems) {
      const keep = maxItems - all.length;
      pageItems = pageItems.slice(0, keep);
      resume = { marker, skip: keep + startSkip };
      all.push(...pageItems);
      pages.push({ [items!]: pageItems });
      break;
    }
    all.push(...pageItems);
    pages.push({ [items!]: pageItems });
    const next = page[outputToken] as string | undefined;
    if (!next) break;
    if (maxItems !== undefined && all.length === maxItems) {
      resume = { marker: next, skip: 0 };
      break;
    }
    if (previous !== undefined && previous === next) {
      throw Object.assign(new Error(`Error during pagination: The same next token was received twice: {'${inputToken}': '${next}'}`), { exitCode: 255 });
    }
    previous = next;
    marker = next;
  }
  const data: Record<string, unknown> = { [items!]: all };
  const nextToken = resume && encodeToken(inputToken, resume);
  if (nextToken) data.NextToken = nextToken;
  return { data, pages: nextToken ? [...pages, { NextToken: { NextToken: nextToken } }] : pages };
}
