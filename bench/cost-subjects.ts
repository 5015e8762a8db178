import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { tenItemPage } from "./page.js";

/**
 * What `npm run bench:cost` and `npm run bench:instructions` measure the client's own work with: a request handler
 * that answers the 10-item page at once (no network), client options using it, and the signed `ListEventSourceMappings`
 * GET with this client's headers.
 */
const body = new TextEncoder().encode(JSON.stringify(tenItemPage()));
const headers = { "content-type": "application/json", "x-amzn-requestid": "r", "content-length": String(body.byteLength) };
// A request handler that answers at once: what remains is serialization, middleware, signing and deserialization.
const requestHandler = { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { ...headers }, body }) }) };

/** Client options for both clients: static test credentials and the answering handler. */
export const options = { region: "us-east-1", endpoint: "http://127.0.0.1:1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, requestHandler };

/** The `ListEventSourceMappings` GET as this client signs it. */
export const request = new HttpRequest({
  protocol: "https:",
  hostname: "lambda.us-east-1.amazonaws.com",
  method: "GET",
  path: "/2015-03-31/event-source-mappings/",
  query: { MaxItems: "10" },
  headers: { host: "lambda.us-east-1.amazonaws.com", "x-amz-user-agent": "x", "amz-sdk-invocation-id": "9ac5529c-6342-4f26-8700-deffd08c1be9", "amz-sdk-request": "attempt=1; max=3" },
});

/** The input of this library's signer for {@link request}, at the current time. */
export const signInput = () => ({ credentials: options.credentials, region: "us-east-1", service: "lambda", date: new Date() });
