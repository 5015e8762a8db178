import { INVALID_FILTER_PATTERN_MESSAGE } from "../filters/index.js";
import { validateInput } from "../validation/validate-input.js";
import { invalidParameter } from "./errors.js";

/**
 * Checks an input against the model's constraints with the same generated tables the client uses,
 * raising `InvalidParameterValueException`: "Invalid filter pattern definition." for a bad filter
 * (the service's wording), otherwise one line per broken constraint naming the member.
 * @internal
 */
export function checkModelConstraints(shapeName: string, input: Record<string, unknown>): void {
  const problems = validateInput(shapeName, input);
  if (problems.length === 0) return;
  if (problems.some((p) => p.rule === "filter")) throw invalidParameter(INVALID_FILTER_PATTERN_MESSAGE);
  const count = `${problems.length} validation error${problems.length === 1 ? "" : "s"} detected: `;
  throw invalidParameter(count + problems.map((p) => `Value at '${p.path}' failed to satisfy constraint: ${p.message}`).join("; "));
}
