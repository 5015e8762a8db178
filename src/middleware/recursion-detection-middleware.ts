import { runtimeEnv } from "../runtime/runtime-env.js";
import type { AbsoluteLocation, BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";

/**
 * Inside a Lambda function, forwards the X-Ray trace id as `X-Amzn-Trace-Id` (unsigned) so AWS can
 * detect a function that calls itself in a loop — the SDK's recursion detection.
 */
export const recursionDetectionMiddleware = (): BuildMiddleware<object, object> => (next) => async (args) => {
  const request = args.request as { headers?: Record<string, string> };
  const env = runtimeEnv();
  // Each process.env read is a native lookup (~100 ns); outside Lambda the first one decides, so the trace id is not read.
  const traceId = request?.headers && env.AWS_LAMBDA_FUNCTION_NAME ? env._X_AMZN_TRACE_ID : undefined;
  if (request?.headers && traceId) {
    const present = Object.keys(request.headers).some((k) => k.toLowerCase() === "x-amzn-trace-id");
    if (!present) request.headers["X-Amzn-Trace-Id"] = traceId;
  }
  return next(args);
};

/** Step and name of {@link recursionDetectionMiddleware}, the SDK's. */
export const recursionDetectionMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  step: "build",
  tags: ["RECURSION_DETECTION"],
  name: "recursionDetectionMiddleware",
  override: true,
  priority: "low",
};

/** Adds {@link recursionDetectionMiddleware} to a stack. */
export const getRecursionDetectionPlugin = (): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions),
});
