import { ListEventSourceMappingsOperation } from "../models/operations.js";
import type { ListEventSourceMappingsRequest, ListEventSourceMappingsResponse } from "../models/shapes.js";
import type { MetadataBearer } from "@smithy/types";
import { LambdaCommand } from "./lambda-command.js";

/** Input of {@link ListEventSourceMappingsCommand}: the SDK's `ListEventSourceMappingsRequest`. @public */
export interface ListEventSourceMappingsCommandInput extends ListEventSourceMappingsRequest {}
/** Output of {@link ListEventSourceMappingsCommand}: `ListEventSourceMappingsResponse` plus `$metadata`. @public */
export interface ListEventSourceMappingsCommandOutput extends ListEventSourceMappingsResponse, MetadataBearer {}

/**
 * Lists mappings, optionally only those of one function or one event source; paginated with `Marker`/`NextMarker`.
 *
 * @example
 * ```ts
 * const { EventSourceMappings, NextMarker } = await client.send(new ListEventSourceMappingsCommand({ FunctionName: "my-function" }));
 * ```
 * @throws the modeled errors of `ListEventSourceMappings` (`InvalidParameterValueException`, `ResourceNotFoundException`, …), all `LambdaServiceException`s.
 * @public
 */
export class ListEventSourceMappingsCommand extends LambdaCommand<ListEventSourceMappingsCommandInput, ListEventSourceMappingsCommandOutput> {
  protected readonly operation = ListEventSourceMappingsOperation;
}
