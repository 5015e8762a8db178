import { SMITHY_CONTEXT_KEY, type HandlerExecutionContext } from "@smithy/types";
import type { OperationSchema } from "../models/schema-types.js";

/** The part of the handler context this library's middleware shares, under the SDK's smithy-context key. */
export interface LambdaSmithyContext {
  service?: string;
  operation?: string;
  operationSchema?: OperationSchema;
  commandInstance?: unknown;
  abortSignal?: AbortSignal;
  selectedHttpAuthScheme?: { identity?: unknown };
  [key: string]: unknown;
}

/** Reads (and creates when absent) the smithy context of a handler context. */
export function smithyContext(context: HandlerExecutionContext): LambdaSmithyContext {
  const bag = context as Record<string, unknown>;
  return (bag[SMITHY_CONTEXT_KEY] ??= {}) as LambdaSmithyContext;
}

/** The operation the current command runs; set by the command when it resolves its stack. */
export function contextOperation(context: HandlerExecutionContext): OperationSchema {
  const operation = smithyContext(context).operationSchema;
  if (!operation) throw new Error("lambda-event-source-mappings: no operation in the handler context");
  return operation;
}
