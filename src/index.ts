/**
 * The client: a drop-in for `@aws-sdk/client-lambda`'s five event source mapping commands, with its waiters,
 * paginator, model types and errors, plus local `FilterCriteria` evaluation and declarative apply.
 *
 * Guides: README.md and docs/ in the package (getting started, migrating, errors and retries, pagination, waiters,
 * filters, the local service, troubleshooting).
 *
 * @packageDocumentation
 * @module lambda-event-source-mappings
 */
// Public entry point: explicit named exports only, so bundlers keep just what a caller imports.
export { LambdaClient } from "./client/lambda-client.js";
export type { LambdaClientConfig, LambdaClientResolvedConfig, LambdaRequestHandler } from "./client/client-config.js";
export { Lambda } from "./client/lambda.js";
export type { AggregatedMethod, LambdaMethods } from "./client/lambda.js";
export { NodeHttpHandler } from "./http/node-http-handler.js";
export type { NodeHttpHandlerOptions } from "./http/node-http-handler.js";
export { FetchHttpHandler } from "./http/fetch-http-handler.js";
export type { FetchHttpHandlerOptions } from "./http/fetch-http-handler.js";

export { CreateEventSourceMappingCommand } from "./commands/create-event-source-mapping-command.js";
export type { CreateEventSourceMappingCommandInput, CreateEventSourceMappingCommandOutput } from "./commands/create-event-source-mapping-command.js";
export { UpdateEventSourceMappingCommand } from "./commands/update-event-source-mapping-command.js";
export type { UpdateEventSourceMappingCommandInput, UpdateEventSourceMappingCommandOutput } from "./commands/update-event-source-mapping-command.js";
export { GetEventSourceMappingCommand } from "./commands/get-event-source-mapping-command.js";
export type { GetEventSourceMappingCommandInput, GetEventSourceMappingCommandOutput } from "./commands/get-event-source-mapping-command.js";
export { ListEventSourceMappingsCommand } from "./commands/list-event-source-mappings-command.js";
export type { ListEventSourceMappingsCommandInput, ListEventSourceMappingsCommandOutput } from "./commands/list-event-source-mappings-command.js";
export { DeleteEventSourceMappingCommand } from "./commands/delete-event-source-mapping-command.js";
export type { DeleteEventSourceMappingCommandInput, DeleteEventSourceMappingCommandOutput } from "./commands/delete-event-source-mapping-command.js";
export type { ServiceInputTypes, ServiceOutputTypes } from "./commands/service-types.js";

export { paginateListEventSourceMappings } from "./pagination/paginate-list-event-source-mappings.js";
export type { LambdaPaginationConfiguration } from "./pagination/paginate-list-event-source-mappings.js";

export * from "./models/index.js";

export {
  matchesFilterCriteria,
  validateFilterCriteria,
  matchesPattern,
  shapeRecordForFiltering,
  DecodedPayload,
  InvalidFilterPatternError,
  INVALID_FILTER_PATTERN_MESSAGE,
  DEFAULT_MAX_FILTERS,
  MAX_PATTERN_LENGTH,
} from "./filters/index.js";
export type { FilterProblem, ValidateFilterCriteriaOptions, MatchesFilterCriteriaOptions } from "./filters/index.js";

export { StandardRetryStrategy, AdaptiveRetryStrategy, DefaultRateLimiter } from "./retry/index.js";
export type { StandardRetryStrategyOptions, AdaptiveRetryStrategyOptions, RateLimiter, DefaultRateLimiterOptions, StopSignal } from "./retry/index.js";

export { validateEventSourceMappingInput } from "./validation/validate-event-source-mapping-input.js";
export type { EventSourceMappingOperationName } from "./validation/validate-event-source-mapping-input.js";
export type { ValidationProblem, ValidationRule } from "./validation/validation-problem.js";

export {
  waitUntilEventSourceMappingEnabled,
  waitUntilEventSourceMappingDisabled,
  waitUntilEventSourceMappingDeleted,
  waitUntilEventSourceMappingStable,
  waitForEventSourceMappingEnabled,
  waitForEventSourceMappingDisabled,
  waitForEventSourceMappingDeleted,
  waitForEventSourceMappingStable,
  EVENT_SOURCE_MAPPING_WAITER_DEFAULTS,
} from "./waiters/index.js";
export type {
  EventSourceMappingWaiterConfiguration,
  EventSourceMappingWaiterError,
  EventSourceMappingWaiterResult,
  EventSourceMappingObservation,
} from "./waiters/index.js";

export {
  planEventSourceMappings,
  applyEventSourceMappings,
  createEventSourceMappingIdempotent,
  EventSourceMappingPlanError,
  EventSourceMappingApplyError,
} from "./apply/index.js";
export type {
  DesiredEventSourceMapping,
  MemberChange,
  ReplaceReason,
  PruneScope,
  PlanEventSourceMappingsOptions,
  PlannedAction,
  PlannedChange,
  EventSourceMappingPlan,
  ApplyWaitOptions,
  ApplyEventSourceMappingsOptions,
  AppliedChange,
  ApplyEventSourceMappingsResult,
} from "./apply/index.js";
