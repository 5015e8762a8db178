/** A `FunctionName` split into the parts that identify a function; absent parts were left out by the caller. */
export interface FunctionReference {
  /** The function's name (`my-fn`). */
  name: string;
  /** A version or alias (`prod`, `7`, `$LATEST`), when given. */
  qualifier?: string;
  /** The region of an ARN, when given. */
  region?: string;
  /** The account of a (partial) ARN, when given. */
  account?: string;
}

// The model's NamespacedFunctionName pattern, with a group for each part that may be left out.
const FUNCTION_NAME =
  /^(?:arn:(?:aws[a-zA-Z-]*)?:lambda:)?(?:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):)?(?:(\d{12}):)?(?:function:)?([a-zA-Z0-9-_.]+)(?::(\$LATEST(?:\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$/;

/**
 * Parses a function given by name (`my-fn`), name and qualifier (`my-fn:prod`), partial ARN
 * (`123456789012:function:my-fn`) or full, possibly qualified ARN; `undefined` when it is none of these.
 */
export function parseFunctionReference(functionName: string): FunctionReference | undefined {
  const m = FUNCTION_NAME.exec(functionName);
  if (!m) return undefined;
  const [, region, account, name, qualifier] = m;
  return { name: name!, ...(qualifier === undefined ? {} : { qualifier }), ...(region ? { region } : {}), ...(account ? { account } : {}) };
}

/**
 * True when `functionName` (any accepted form) names the function a mapping reports as `functionArn`: the same name
 * and qualifier (an unqualified reference matches only an unqualified mapping, as the service keeps them apart), and
 * the same region and account where the reference gives them.
 */
export function sameFunction(functionName: string, functionArn: string | undefined): boolean {
  const wanted = parseFunctionReference(functionName);
  const actual = functionArn === undefined ? undefined : parseFunctionReference(functionArn);
  if (!wanted || !actual) return false;
  return (
    wanted.name === actual.name &&
    wanted.qualifier === actual.qualifier &&
    (wanted.region === undefined || wanted.region === actual.region) &&
    (wanted.account === undefined || wanted.account === actual.account)
  );
}

/** `name` or `name:qualifier`: the part of a reference that tells two functions of one account and region apart. */
export function functionKey(functionName: string): string {
  const ref = parseFunctionReference(functionName);
  if (!ref) return functionName;
  return ref.qualifier === undefined ? ref.name : `${ref.name}:${ref.qualifier}`;
}
