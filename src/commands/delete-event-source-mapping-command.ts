import { DeleteEventSourceMappingOperation } from "../models/operations.js";
import type { DeleteEventSourceMappingRequest, EventSourceMappingConfiguration } from "../models/shapes.js";
import type { MetadataBearer } from "@smithy/types";
import { LambdaCommand } from "./lambda-command.js";

/** Input of {@link DeleteEventSourceMappingCommand}: the SDK's `DeleteEventSourceMappingRequest`. @public */
export interface DeleteEventSourceMappingCommandInput extends DeleteEventSourceMappingRequest {}
/** Output of {@link DeleteEventSourceMappingCommand}: `EventSourceMappingConfiguration` plus `$metadata`. @public */
export interface DeleteEventSourceMappingCommandOutput extends EventSourceMappingConfiguration, MetadataBearer {}

/**
 * Deletes a mapping; it passes through the `Deleting` state before it is gone.
 *
 * @example
 * ```ts
 * await client.send(new DeleteEventSourceMappingCommand({ UUID }));
 * ```
 * @throws the modeled errors of `DeleteEventSourceMapping` (`InvalidParameterValueException`, `ResourceNotFoundException`, …), all `LambdaServiceException`s.
 * @public
 */
export class DeleteEventSourceMappingCommand extends LambdaCommand<DeleteEventSourceMappingCommandInput, DeleteEventSourceMappingCommandOutput> {
  protected readonly operation = DeleteEventSourceMappingOperation;
}
