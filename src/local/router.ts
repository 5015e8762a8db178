import { operationSchemas } from "../models/operations.js";
import type { OperationSchema } from "../models/schema-types.js";
import { frontDoorError } from "./errors.js";

/** An operation matched from method and path, with its URI labels (still percent-encoded). @internal */
export interface RouteMatch {
  operation: OperationSchema;
  labels: Record<string, string>;
}

interface CompiledRoute {
  operation: OperationSchema;
  pattern: RegExp;
  labelNames: string[];
}

// Compiled once from the generated operation table: `{UUID}` matches one non-empty path segment, and one
// trailing slash is allowed. AWS serves both forms: botocore's older Lambda models (boto3 1.26, AWS CLI v2 2.9,
// Debian's python3-boto3 and awscli) have `"requestUri": "/2015-03-31/event-source-mappings/"` for Create and
// List, newer ones and the Smithy model have no slash; every one of those clients works against the service.
const routes: CompiledRoute[] = Object.values(operationSchemas).map((operation) => {
  const labelNames: string[] = [];
  const source = operation.uri.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_, name: string) => {
    labelNames.push(name);
    return "([^/]+)";
  });
  return { operation, pattern: new RegExp(`^${source}/?$`), labelNames };
});

/**
 * Finds the operation for a request from the generated URI table; an unknown path or a known
 * path with the wrong method gets the service's 404 `UnknownOperationException`. An empty
 * `{UUID}` segment (`GET /2015-03-31/event-source-mappings/`) is the collection, as on AWS, never
 * a Get of the mapping "".
 * @internal
 */
export function route(method: string, path: string): RouteMatch {
  let pathKnown = false;
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (r.operation.method !== method) continue;
    const labels: Record<string, string> = {};
    r.labelNames.forEach((name, i) => (labels[name] = m[i + 1]!));
    return { operation: r.operation, labels };
  }
  const what = pathKnown ? `${method} is not supported on ${path}` : `no operation matches ${method} ${path}`;
  throw frontDoorError("UnknownOperationException", 404, `Unknown operation: ${what}.`);
}
