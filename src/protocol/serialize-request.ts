import { HttpRequest } from "@smithy/protocol-http";
import type { Endpoint } from "@smithy/types";
import { shapeSchemas } from "../models/schema.js";
import type { OperationSchema } from "../models/schema-types.js";
import { encodeLabel } from "./encode-uri.js";
import { serializeJson } from "./serialize-json.js";
import { stringifyJson } from "./stringify-json.js";

/**
 * Builds the restJson1 HTTP request for one operation: URI labels, query string, headers and the
 * JSON body, exactly as `@aws-sdk/client-lambda` builds them. Pure: no I/O, no signing.
 */
export function serializeRequest(operation: OperationSchema, input: object, endpoint: Endpoint): HttpRequest {
  const source = input as Record<string, unknown>;
  const members = shapeSchemas[operation.input]!.members!;
  let path = operation.uri;
  // The SDK drops a custom endpoint's own query parameters (HttpBindingProtocol resets request.query
  // after applying the endpoint), so only the operation's query members are sent.
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  let hasBodyMembers = false;
  for (const member of members) {
    const value = source[member.name];
    if (member.http === "label") {
      if (value == null) throw new Error(`No value provided for input HTTP label: ${member.name}.`);
      path = path.replace(`{${member.name}}`, encodeLabel(String(value)));
    } else if (member.http === "query") {
      if (value != null) query[member.httpName!] = String(value);
    } else if (member.http === "header") {
      if (value != null) headers[member.httpName!.toLowerCase()] = String(value);
    } else {
      hasBodyMembers = true;
    }
  }
  let body: string | undefined;
  if (hasBodyMembers) {
    headers["content-type"] = "application/json";
    body = stringifyJson(serializeJson(operation.input, input));
  }
  const basePath = endpoint.path ?? "/";
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: operation.method,
    path: basePath === "/" ? path : basePath + path,
    query,
    headers,
    body,
  });
}
