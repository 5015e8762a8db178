import { invalidParameter } from "../errors.js";
import { resolveFunctionArn, type ResolvedFunction } from "../function-arn.js";
import type { ServiceContext } from "./service-context.js";

/**
 * Resolves a `FunctionName` for Create and Update and, with an allow-list, checks the function exists. The
 * service answers an unknown function there with 400 `InvalidParameterValueException` "Function does not exist"
 * (confirmed: localstack's AWS-validated snapshot test_lambda_api.snapshot.json, create_unknown_params, 2025-11).
 * @internal
 */
export function resolveExistingFunction(context: ServiceContext, functionName: string): ResolvedFunction {
  const resolved = resolveFunctionArn(functionName, context.options.region, context.options.accountId);
  const allowed = context.functions;
  if (allowed && !allowed.has(resolved.unqualifiedArn) && !allowed.has(resolved.arn)) throw invalidParameter("Function does not exist");
  return resolved;
}
