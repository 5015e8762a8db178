import { INVALID_FILTER_PATTERN_MESSAGE } from "../filters/invalid-filter-pattern-error.js";
import type { ValidationProblem } from "./validation-problem.js";

/** The error the service answers for an input's problems: its code (`x-amzn-errortype`, HTTP 400) and message. */
export interface ServiceValidationError {
  readonly code: "SerializationException" | "ValidationException" | "InvalidParameterValueException";
  readonly message: string;
}

/**
 * The one answer the service gives for a list of problems, in the order the service meets them: a value of the wrong
 * JSON type stops deserialization (`SerializationException`, the first such problem); otherwise every model
 * constraint violation is counted and listed by the validation framework (`ValidationException`,
 * `1 validation error detected: ...` / `2 validation errors detected: ...; ...`, a list item reported once per list);
 * otherwise a bad `FilterCriteria` pattern is Lambda's own `InvalidParameterValueException` "Invalid filter pattern
 * definition.". Used by both the local service and the client's validation, so the two cannot drift apart.
 * `undefined` for no problems.
 */
export function serviceValidationError(problems: readonly ValidationProblem[]): ServiceValidationError | undefined {
  const type = problems.find((p) => p.rule === "type");
  if (type) return { code: "SerializationException", message: type.message };
  const messages = [...new Set(problems.filter((p) => p.rule !== "filter").map((p) => p.message))];
  if (messages.length > 0) {
    const count = `${messages.length} validation error${messages.length === 1 ? "" : "s"} detected: `;
    return { code: "ValidationException", message: count + messages.join("; ") };
  }
  if (problems.length > 0) return { code: "InvalidParameterValueException", message: INVALID_FILTER_PATTERN_MESSAGE };
  return undefined;
}
