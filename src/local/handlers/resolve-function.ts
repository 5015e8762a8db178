import { modeledError } from "../errors.js";
import { resolveFunctionArn, type ResolvedFunction } from "../function-arn.js";
import type { ServiceContext } from "./service-context.js";

/** Resolves a `FunctionName` and, with an allow-list, checks the function exists ("Function not found: <arn>", 404). @internal */
export function resolveExistingFunction(context: ServiceContext, functionName: string): ResolvedFunction {
  const resolved = resolveFunctionArn(functionName, context.options.region, context.options.accountId);
  const allowed = context.functions;
  if (allowed && !allowed.has(resolved.unqualifiedArn) && !allowed.has(resolved.arn)) {
    throw modeledError("ResourceNotFoundException", `Function not found: ${resolved.arn}`);
  }
  return resolved;
}
