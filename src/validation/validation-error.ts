import { decorateServiceException } from "@smithy/smithy-client";
import { InvalidParameterValueException, LambdaServiceException } from "../models/errors.js";
import { serviceValidationError } from "./service-error.js";
import type { ValidationProblem } from "./validation-problem.js";

/**
 * Builds the error the client throws for an invalid input: exactly what `@aws-sdk/client-lambda` makes of the
 * service's answer to that input (see {@link serviceValidationError}), so code that handles the service's error works
 * unchanged: a `LambdaServiceException` named `ValidationException` or `SerializationException` with the service's
 * message, or the modeled `InvalidParameterValueException` (`Type: "User"`) for a bad filter pattern; `$fault: "client"`.
 * `$metadata` is `{}`: nothing was sent, so there is no status, request id or attempt.
 * @internal
 */
export function createValidationError(problems: readonly ValidationProblem[]): LambdaServiceException {
  const answer = serviceValidationError(problems)!;
  if (answer.code === "InvalidParameterValueException") {
    return decorateServiceException(new InvalidParameterValueException({ $metadata: {}, message: answer.message, Type: "User" }), {
      Type: "User",
      message: answer.message,
    });
  }
  const error = new LambdaServiceException({ name: answer.code, $fault: "client", $metadata: {} });
  return decorateServiceException(error, { message: answer.message });
}
