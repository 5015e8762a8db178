/**
 * `npm run bench:cost`: the client's own CPU per `send()`, without a network — the part of a request that is this
 * library's work — and what its pieces cost: SigV4 signing with this library's signer against `@smithy/signature-v4`, and SHA-256 from
 * `node:crypto` against `@aws-crypto/sha256-js`. CPU time (`process.cpuUsage`), not wall time, so that the figures
 * hold on a loaded machine. Options: `--sends N` (default 20000).
 */
import { Sha256 as JsSha256 } from "@aws-crypto/sha256-js";
import { LambdaClient as SdkClient, ListEventSourceMappingsCommand as SdkList } from "@aws-sdk/client-lambda";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChecksumConstructor } from "@smithy/types";
import { LambdaClient, ListEventSourceMappingsCommand } from "../src/index.js";
import { NodeSha256 } from "../src/crypto/node-sha256.js";
import { createRequestSigner } from "../src/signing/sign-request.js";
import { options, request, signInput } from "./cost-subjects.js";

const i = process.argv.indexOf("--sends");
const SENDS = i > 0 ? Number(process.argv[i + 1]) : 20_000;

/** CPU microseconds (user + system) per call of `fn`, after `warm` untimed calls. */
async function cpuPerCall(fn: () => Promise<unknown>, runs: number, warm = Math.min(2000, runs)): Promise<number> {
  for (let k = 0; k < warm; k++) await fn();
  const before = process.cpuUsage();
  for (let k = 0; k < runs; k++) await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / runs;
}

const ours = new LambdaClient(options);
const sdk = new SdkClient(options);
const signer = (sha256: ChecksumConstructor) =>
  new SignatureV4({ credentials: async () => options.credentials, region: "us-east-1", service: "lambda", sha256, uriEscapePath: true });
const nodeSigner = signer(NodeSha256);
const jsSigner = signer(JsSha256 as ChecksumConstructor);
const ownNode = createRequestSigner(NodeSha256);
const ownJs = createRequestSigner(JsSha256 as ChecksumConstructor);
const bodyRequest = new HttpRequest({ ...request, method: "POST", headers: { ...request.headers, "content-type": "application/json" }, body: JSON.stringify({ FunctionName: "f", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q", BatchSize: 10 }) });
const hash = (Hash: ChecksumConstructor, secret?: string) => async () => {
  const h = new Hash(secret);
  h.update(new TextEncoder().encode("GET\n/2015-03-31/event-source-mappings/\nMaxItems=10\nhost:lambda.us-east-1.amazonaws.com\n"));
  return h.digest();
};

const rows: [string, number][] = [
  ["send(), this library (no network)", await cpuPerCall(() => ours.send(new ListEventSourceMappingsCommand({ MaxItems: 10 })), SENDS)],
  ["send(), @aws-sdk/client-lambda (no network)", await cpuPerCall(() => sdk.send(new SdkList({ MaxItems: 10 })), SENDS)],
  ["@smithy/signature-v4 SignatureV4.sign(), GET, node:crypto SHA-256", await cpuPerCall(() => nodeSigner.sign(request, { signingDate: new Date() }), SENDS)],
  ["this library's signer (src/signing), GET, node:crypto SHA-256", await cpuPerCall(async () => ownNode.sign(request, signInput()), SENDS)],
  ["@smithy/signature-v4 SignatureV4.sign(), POST with a JSON body, node:crypto", await cpuPerCall(() => nodeSigner.sign(bodyRequest, { signingDate: new Date() }), SENDS)],
  ["this library's signer, POST with a JSON body, node:crypto", await cpuPerCall(async () => ownNode.sign(bodyRequest, signInput()), SENDS)],
  ["@smithy/signature-v4 SignatureV4.sign(), GET, @aws-crypto/sha256-js", await cpuPerCall(() => jsSigner.sign(request, { signingDate: new Date() }), SENDS)],
  ["this library's signer, GET, @aws-crypto/sha256-js", await cpuPerCall(async () => ownJs.sign(request, signInput()), SENDS)],
  ["one SHA-256 digest, node:crypto", await cpuPerCall(hash(NodeSha256), SENDS * 5)],
  ["one SHA-256 digest, @aws-crypto/sha256-js", await cpuPerCall(hash(JsSha256 as ChecksumConstructor), SENDS * 5)],
  ["one HMAC-SHA-256, node:crypto", await cpuPerCall(hash(NodeSha256, "secret"), SENDS * 5)],
  ["one HMAC-SHA-256, @aws-crypto/sha256-js", await cpuPerCall(hash(JsSha256 as ChecksumConstructor, "secret"), SENDS * 5)],
];
console.log(`Node ${process.version}; CPU time (user + system) per call, ${SENDS} sends / signatures, ${SENDS * 5} digests\n`);
console.log("| | CPU per call |\n|---|---|");
for (const [name, us] of rows) console.log(`| ${name} | ${us.toFixed(1)} µs |`);
ours.destroy();
sdk.destroy();
