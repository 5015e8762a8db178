import type { OperationSchema, ShapeSchema } from "../models/schema-types.js";
import type { CliCommand, CliOption, CommandContext, CommandResult, FlagValues } from "./cli-command.js";
import { cliTypeName, isComplex, memberFlags, shapeOf } from "./model-flags.js";
import { toCliData } from "./output/cli-data.js";
import { flagValue, paramError, readParamFile, reviveTimestamps } from "./param-values.js";
import { validateParams } from "./param-validation.js";
import { paginationInt } from "./paginate-list.js";
import { inputSkeleton } from "./skeleton.js";
import { UsageError } from "./usage-error.js";

/** The AWS CLI's flags for any operation: input from JSON, and a template of that JSON. */
export const INPUT_JSON_OPTIONS: readonly CliOption[] = [
  { name: "cli-input-json", kind: "value", value: "<json|file://path>", help: "The whole input as JSON (the --generate-cli-skeleton format); flags override its members" },
  { name: "generate-cli-skeleton", kind: "value", optionalValue: true, value: "[input|output]", help: "Print a JSON template of the input (or output) and exit" },
];

/** The AWS CLI's pagination flags, for a paginated operation (the model's own Marker and MaxItems stay, hidden). */
export const PAGINATION_OPTIONS: readonly CliOption[] = [
  { name: "starting-token", kind: "value", value: "<token>", help: "Resume from the NextToken of an earlier, truncated output" },
  { name: "page-size", kind: "value", value: "<n>", help: "Items per service call (the total printed is not affected)" },
  { name: "max-items", kind: "value", value: "<n>", help: "Total items to print; when more exist the output ends with a NextToken" },
];

/** The values of an enum member, or of the items of a list of an enum (`--function-response-types`). */
function enumValues(shape: ShapeSchema): readonly string[] | undefined {
  const target = shape.type === "list" ? shapeOf(shape.member!) : shape;
  return target.type === "enum" ? target.values : undefined;
}

/** How a command runs the operation once its input is built. */
export type OperationRunner = (input: Record<string, unknown>, context: CommandContext) => Promise<CommandResult>;

/**
 * A command for one operation of the model, with a flag for every input member (generated: a member added to the
 * model gets its flag at the next codegen), `--cli-input-json` and `--generate-cli-skeleton`.
 */
export function operationCommand(
  operation: OperationSchema,
  names: { name: string; aliases: readonly string[]; description: string },
  send: (input: Record<string, unknown>, context: CommandContext) => Promise<unknown>,
  paginate?: OperationRunner,
): CliCommand {
  const flags = memberFlags(operation.input);
  const hiddenMembers = new Set(operation.paginated ? [operation.paginated.inputToken, operation.paginated.pageSize] : []);
  const memberOptions: CliOption[] = flags.map(({ flag, member, shape, kind }) => ({
    name: flag,
    kind,
    ...(kind === "boolean" ? { negatable: true } : { value: `<${cliTypeName(shape)}${isComplex(shape) ? ": JSON or shorthand" : ""}>` }),
    help: `${member.name}${member.required ? " (required)" : ""}`,
    ...(member.required ? { required: true } : {}),
    ...(hiddenMembers.has(member.name) ? { hidden: true } : {}),
    ...(enumValues(shape) ? { choices: enumValues(shape)! } : {}),
  }));
  const options = [
    // The pagination flags shadow the model's MaxItems (--max-items), as in the AWS CLI.
    ...memberOptions.filter((o) => !(operation.paginated && PAGINATION_OPTIONS.some((p) => p.name === o.name))),
    ...INPUT_JSON_OPTIONS,
    ...(operation.paginated ? PAGINATION_OPTIONS : []),
  ];
  return {
    name: names.name,
    aliases: names.aliases,
    description: names.description,
    options,
    paginated: operation.paginated !== undefined,
    callsService: true,
    async run(context) {
      const skeleton = context.values["generate-cli-skeleton"];
      if (skeleton !== undefined) {
        const which = skeleton === true ? "input" : skeleton;
        if (which !== "input" && which !== "output" && which !== "yaml-input") {
          throw new UsageError(`argument --generate-cli-skeleton: Invalid choice, valid choices are:\n\ninput                                    | yaml-input\noutput`);
        }
        return { data: inputSkeleton(which === "output" ? operation.output : operation.input, which === "output") };
      }
      const input = buildInput(operation, context.values);
      if (operation.paginated) {
        const { inputToken, pageSize } = operation.paginated;
        // The model's own Marker or MaxItems (`--marker`, or in --cli-input-json) turns the CLI's pagination off.
        const manual = input[inputToken] !== undefined || input[pageSize] !== undefined;
        if (paginate && context.global.paginate && !manual) {
          // paginate validates each page's request (the page size in it).
          return { ...(await paginate(input, context)), title: operation.name };
        }
        const used = ["starting-token", "page-size"].filter((f) => context.values[f] !== undefined);
        if (used.length) {
          throw new UsageError(`Cannot specify --no-paginate along with pagination arguments: ${used.map((f) => `--${f}`).join(", ")}`, { plain: true });
        }
        // Without pagination, --max-items is the model's MaxItems again (the AWS CLI restores the shadowed flag).
        const maxItems = paginationInt(context.values, "max-items");
        if (maxItems !== undefined) input[pageSize] = maxItems;
      }
      validateParams(input, operation.input);
      return { data: toCliData(await send(input, context), shapeOf(operation.output)), title: operation.name };
    },
  };
}

/**
 * The operation's input: `--cli-input-json` first, each flag on top. With `--no-paginate`, `--max-items` is the
 * model's MaxItems (the AWS CLI restores the shadowed flag then).
 */
export function buildInput(operation: OperationSchema, values: FlagValues): Record<string, unknown> {
  const shape = shapeOf(operation.input);
  let input: Record<string, unknown> = {};
  const json = values["cli-input-json"];
  if (typeof json === "string") {
    const text = readParamFile(json, "--cli-input-json");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // The AWS CLI's words, without the parser's detail; this one message names the parameter without dashes.
      throw paramError("cli-input-json", "Invalid JSON received.");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw paramError("--cli-input-json", "Invalid JSON: the input must be a JSON object");
    input = reviveTimestamps(parsed, shape, "--cli-input-json") as Record<string, unknown>;
  }
  const missing: string[] = [];
  for (const { flag, member, shape: memberShape, kind } of memberFlags(operation.input)) {
    const raw = values[flag];
    if (raw === undefined) {
      if (member.required && input[member.name] === undefined) missing.push(`--${flag}`);
      continue;
    }
    if (operation.paginated && flag === "max-items") continue; // handled by pagination
    input[member.name] = kind === "boolean" ? raw : flagValue(typeof raw === "string" ? [raw] : (raw as string[]), memberShape, `--${flag}`);
  }
  if (missing.length) throw new UsageError(`the following arguments are required: ${missing.join(", ")}`);
  return input;
}
