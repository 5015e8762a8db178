import { CreateEventSourceMappingOperation } from "../models/operations.js";
import type { CreateEventSourceMappingRequest, EventSourceMappingConfiguration } from "../models/shapes.js";
import type { MetadataBearer } from "@smithy/types";
import { LambdaCommand } from "./lambda-command.js";
import { validateInput } from "../validation/validate-input.js";

/** Input of {@link CreateEventSourceMappingCommand}: the SDK's `CreateEventSourceMappingRequest`. @public */
export interface CreateEventSourceMappingCommandInput extends CreateEventSourceMappingRequest {}
/** Output of {@link CreateEventSourceMappingCommand}: `EventSourceMappingConfiguration` plus `$metadata`. @public */
export interface CreateEventSourceMappingCommandOutput extends EventSourceMappingConfiguration, MetadataBearer {}

/**
 * Creates a mapping between an event source (SQS queue, Kinesis or DynamoDB stream, Kafka topic, MQ broker, DocumentDB) and a Lambda function.
 *
 * @example
 * ```ts
 * const { UUID, State } = await client.send(new CreateEventSourceMappingCommand({
 *   FunctionName: "my-function",
 *   EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue",
 *   BatchSize: 10,
 * }));
 * ```
 * @throws the modeled errors of `CreateEventSourceMapping` (`InvalidParameterValueException`, `ResourceNotFoundException`, …), all `LambdaServiceException`s.
 * @public
 */
export class CreateEventSourceMappingCommand extends LambdaCommand<CreateEventSourceMappingCommandInput, CreateEventSourceMappingCommandOutput> {
  protected readonly operation = CreateEventSourceMappingOperation;
  protected override readonly validate = validateInput;
}
