import { invalidParameter } from "./errors.js";

/** A function reference resolved to ARNs. @internal */
export interface ResolvedFunction {
  /** The ARN as the mapping reports it: qualified when the caller gave a version or alias. */
  arn: string;
  /** The same ARN without a qualifier. */
  unqualifiedArn: string;
}

// The model's NamespacedFunctionName pattern, with groups for the parts that may be left out.
const FUNCTION_NAME =
  /^(?:arn:(aws[a-zA-Z-]*)?:lambda:)?(?:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):)?(?:(\d{12}):)?(?:function:)?([a-zA-Z0-9-_.]+)(?::(\$LATEST(?:\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$/;

/**
 * Resolves a `FunctionName` in any accepted form (name, `name:alias`, partial ARN
 * `123456789012:function:name`, full or qualified ARN) to the ARN Lambda reports, filling the
 * partition, region and account from the service when the caller left them out.
 * @internal
 */
export function resolveFunctionArn(functionName: string, region: string, accountId: string): ResolvedFunction {
  const m = FUNCTION_NAME.exec(functionName);
  if (!m) throw invalidParameter(`FunctionName "${functionName}" is not a function name, partial ARN or ARN.`);
  const [, partition, arnRegion, account, name, qualifier] = m;
  const unqualifiedArn = `arn:${partition ?? "aws"}:lambda:${arnRegion ?? region}:${account ?? accountId}:function:${name}`;
  return { arn: qualifier === undefined ? unqualifiedArn : `${unqualifiedArn}:${qualifier}`, unqualifiedArn };
}
