import { GetEventSourceMappingOperation } from "../models/operations.js";
import type { GetEventSourceMappingRequest, EventSourceMappingConfiguration } from "../models/shapes.js";
import type { MetadataBearer } from "@smithy/types";
import { LambdaCommand } from "./lambda-command.js";

/** Input of {@link GetEventSourceMappingCommand}: the SDK's `GetEventSourceMappingRequest`. @public */
export interface GetEventSourceMappingCommandInput extends GetEventSourceMappingRequest {}
/** Output of {@link GetEventSourceMappingCommand}: `EventSourceMappingConfiguration` plus `$metadata`. @public */
export interface GetEventSourceMappingCommandOutput extends EventSourceMappingConfiguration, MetadataBearer {}

/**
 * Returns one mapping by its UUID.
 *
 * @example
 * ```ts
 * const { State } = await client.send(new GetEventSourceMappingCommand({ UUID }));
 * ```
 * @throws the modeled errors of `GetEventSourceMapping` (`InvalidParameterValueException`, `ResourceNotFoundException`, …), all `LambdaServiceException`s.
 * @public
 */
export class GetEventSourceMappingCommand extends LambdaCommand<GetEventSourceMappingCommandInput, GetEventSourceMappingCommandOutput> {
  protected readonly operation = GetEventSourceMappingOperation;
}
