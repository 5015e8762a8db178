import { validateInput } from "../validation/validate-input.js";
import { serviceValidationError } from "../validation/service-error.js";
import { LocalServiceError } from "./errors.js";
import { serviceLimitProblems } from "./service-limits.js";

/**
 * Checks an input against the model's constraints and Lambda's filter syntax with the same code the client's
 * validation runs, and throws the service's answer for the first kind of problem found: 400 `SerializationException`,
 * `ValidationException` ("1 validation error detected: Value ... at 'batchSize' failed to satisfy constraint: ...")
 * or `InvalidParameterValueException` "Invalid filter pattern definition.". The service's limits on members the model
 * leaves unbounded (ARN and tag lengths, see service-limits.ts) are checked with them, as the service's own constraints.
 * @internal
 */
export function checkModelConstraints(shapeName: string, input: Record<string, unknown>): void {
  const answer = serviceValidationError([...validateInput(shapeName, input), ...serviceLimitProblems(input)]);
  if (answer) throw answerError(answer.code, answer.message);
}

/** The local service's error for an answer of {@link serviceValidationError}; Lambda's own exception carries `Type: "User"`. @internal */
export function answerError(code: string, message: string): LocalServiceError {
  const body = code === "InvalidParameterValueException" ? { Type: "User", message } : { message };
  return new LocalServiceError(code, 400, message, body);
}
