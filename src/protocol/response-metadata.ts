import type { HttpResponse } from "@smithy/protocol-http";
import type { ResponseMetadata } from "@smithy/types";

/** The `$metadata` every output and service error carries, read from the response headers as the SDK reads them. */
export function responseMetadata(response: HttpResponse): ResponseMetadata {
  const h = response.headers;
  return {
    httpStatusCode: response.statusCode,
    requestId: h["x-amzn-requestid"] ?? h["x-amzn-request-id"] ?? h["x-amz-request-id"],
    extendedRequestId: h["x-amz-id-2"],
    cfId: h["x-amz-cf-id"],
  };
}
