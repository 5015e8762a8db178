import { checkModelConstraints } from "../check-model-constraints.js";
import { resolveFunctionArn } from "../function-arn.js";
import { decodeMarker, encodeMarker } from "../marker.js";
import type { OperationHandler } from "./service-context.js";

/**
 * The most mappings one answer holds, and the page size when `MaxItems` is not given. The model's documentation
 * of `MaxItems`: "ListEventSourceMappings returns a maximum of 100 items in each response, even if you set the
 * number higher." A larger `MaxItems` (up to the model's 10000) is accepted, and the page still stops at 100.
 */
const PAGE_LIMIT = 100;

/**
 * ListEventSourceMappings: filters by function (any name form) and source ARN, pages by an opaque marker. The
 * filters need not name anything that exists: an unknown function lists nothing (confirmed: localstack's
 * AWS-validated test_event_source_mapping_exceptions lists with FunctionName "doesnotexist" successfully).
 * @internal
 */
export const listEventSourceMappings: OperationHandler = (context, input) => {
  checkModelConstraints("ListEventSourceMappingsRequest", input);
  const { region, accountId } = context.options;
  const functionArn = input.FunctionName === undefined ? undefined : resolveFunctionArn(input.FunctionName as string, region, accountId).arn;
  const sourceArn = input.EventSourceArn as string | undefined;
  const after = input.Marker === undefined || input.Marker === "" ? 0 : decodeMarker(input.Marker as string);
  const maxItems = Math.min((input.MaxItems as number | undefined) ?? PAGE_LIMIT, PAGE_LIMIT);

  const matching = context.store
    .list(context.now)
    .filter((r) => r.seq > after && (functionArn === undefined || r.config.FunctionArn === functionArn) && (sourceArn === undefined || r.config.EventSourceArn === sourceArn));
  const page = matching.slice(0, maxItems);
  const output: { EventSourceMappings: object[]; NextMarker?: string } = { EventSourceMappings: page.map((r) => r.config) };
  if (matching.length > maxItems) output.NextMarker = encodeMarker(page[page.length - 1]!.seq);
  return { status: 200, output };
};
