import { UpdateEventSourceMappingOperation } from "../models/operations.js";
import type { UpdateEventSourceMappingRequest, EventSourceMappingConfiguration } from "../models/shapes.js";
import type { MetadataBearer } from "@smithy/types";
import { LambdaCommand } from "./lambda-command.js";
import { validateInput } from "../validation/validate-input.js";

/** Input of {@link UpdateEventSourceMappingCommand}: the SDK's `UpdateEventSourceMappingRequest`. @public */
export interface UpdateEventSourceMappingCommandInput extends UpdateEventSourceMappingRequest {}
/** Output of {@link UpdateEventSourceMappingCommand}: `EventSourceMappingConfiguration` plus `$metadata`. @public */
export interface UpdateEventSourceMappingCommandOutput extends EventSourceMappingConfiguration, MetadataBearer {}

/**
 * Updates a mapping's settings; flipping `Enabled` pauses or resumes polling.
 *
 * @example
 * ```ts
 * await client.send(new UpdateEventSourceMappingCommand({ UUID, BatchSize: 50 }));
 * ```
 * @throws the modeled errors of `UpdateEventSourceMapping` (`InvalidParameterValueException`, `ResourceNotFoundException`, …), all `LambdaServiceException`s.
 * @public
 */
export class UpdateEventSourceMappingCommand extends LambdaCommand<UpdateEventSourceMappingCommandInput, UpdateEventSourceMappingCommandOutput> {
  protected readonly operation = UpdateEventSourceMappingOperation;
  protected override readonly validate = validateInput;
}
