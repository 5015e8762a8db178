/**
 * `npx tsx bench/sign.ts`: time of one `@smithy/signature-v4` `sign()` of a GetEventSourceMapping
 * request with the native SHA-256 this client uses — the largest share of its per-request CPU.
 */
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256 } from "../src/crypto/node-sha256.js";

const credentials = { accessKeyId: "test", secretAccessKey: "test" };
const signer = new SignatureV4({ credentials: async () => credentials, region: "us-east-1", service: "lambda", sha256: NodeSha256, uriEscapePath: true });
const request = new HttpRequest({
  protocol: "https:",
  hostname: "lambda.us-east-1.amazonaws.com",
  method: "GET",
  path: "/2015-03-31/event-source-mappings/bench",
  headers: { host: "lambda.us-east-1.amazonaws.com", "x-amz-user-agent": "x", "amz-sdk-invocation-id": "9ac5529c-6342-4f26-8700-deffd08c1be9", "amz-sdk-request": "attempt=1; max=3" },
});
for (let i = 0; i < 5_000; i++) await signer.sign(request, { signingDate: new Date() });
const runs = 20_000;
const start = performance.now();
for (let i = 0; i < runs; i++) await signer.sign(request, { signingDate: new Date() });
console.log(`${(((performance.now() - start) / runs) * 1000).toFixed(1)} µs per sign (mean of ${runs})`);
