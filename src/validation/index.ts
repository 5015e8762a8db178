export { validateEventSourceMappingInput } from "./validate-event-source-mapping-input.js";
export type { EventSourceMappingOperationName } from "./validate-event-source-mapping-input.js";
export type { ValidationProblem, ValidationRule } from "./validation-problem.js";
