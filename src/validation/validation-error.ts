import { InvalidParameterValueException } from "../models/errors.js";
import type { ValidationProblem } from "./validation-problem.js";

const MAX_LISTED = 25;

/**
 * Builds the error the client throws for an invalid input: the `InvalidParameterValueException` the service would
 * return (`$fault: "client"`, `Type: "User"`), whose message names the operation and lists each violated member
 * path with its rule and value, e.g.
 * `CreateEventSourceMapping: 1 invalid parameter (nothing was sent):\n  - BatchSize: must be between 1 and 10000 (range [1, 10000]), got 0`.
 * @internal
 */
export function createValidationError(operationName: string, problems: readonly ValidationProblem[]): InvalidParameterValueException {
  const lines = problems.slice(0, MAX_LISTED).map((p) => `  - ${p.path === "" ? "(input)" : p.path}: ${p.message}`);
  if (problems.length > MAX_LISTED) lines.push(`  - ... and ${problems.length - MAX_LISTED} more`);
  const count = `${problems.length} invalid parameter${problems.length === 1 ? "" : "s"}`;
  return new InvalidParameterValueException({
    $metadata: {},
    message: `${operationName}: ${count} (nothing was sent):\n${lines.join("\n")}`,
    Type: "User",
  });
}
