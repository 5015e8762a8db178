/**
 * `npm run bench:instructions`: instruction counts of the client's own work, which, unlike CPU time, do not move with
 * the machine's load. Each subject runs twice in its own Node process under `valgrind --tool=callgrind` (install
 * valgrind first), with `--low` and `--high` operations (default 1000 and 6000); the difference of the two totals
 * divided by the difference of the counts is the cost of one operation, without start-up, module loading and warm-up.
 * Subjects: `smithy-sign` (`@smithy/signature-v4`'s `SignatureV4.sign()` of the ListEventSourceMappings GET,
 * node:crypto SHA-256), `sign` (this library's signer, the same request), `digests` (the SHA-256 and HMAC-SHA-256 one
 * such signature computes, through node:crypto), `send` (a whole `send()` without a network).
 * `--subject NAME` runs one. The operations themselves: `tsx bench/instructions.ts --probe NAME COUNT`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SignatureV4 } from "@smithy/signature-v4";
import { LambdaClient, ListEventSourceMappingsCommand } from "../src/index.js";
import { NodeSha256 } from "../src/crypto/node-sha256.js";
import { createRequestSigner } from "../src/signing/sign-request.js";
import { countInstructions } from "./callgrind.js";
import { options, request, signInput } from "./cost-subjects.js";

const SUBJECTS: Record<string, () => () => Promise<unknown>> = {
  "smithy-sign": () => {
    const signer = new SignatureV4({ credentials: async () => options.credentials, region: "us-east-1", service: "lambda", sha256: NodeSha256, uriEscapePath: true });
    return () => signer.sign(request, { signingDate: new Date() });
  },
  sign: () => {
    const signer = createRequestSigner(NodeSha256);
    return async () => signer.sign(request, signInput());
  },
  digests: () => {
    // What one signature of the GET hashes itself: the canonical request's SHA-256 and the signature's HMAC (the
    // empty payload's hash is a constant and the signing key is derived once per day).
    const key = NodeSha256.hmac("AWS4secret", "20261203");
    const canonical = `GET\n/2015-03-31/event-source-mappings/\nMaxItems=10\n${Object.entries(request.headers).map(([k, v]) => `${k}:${v}`).join("\n")}`;
    return async () => NodeSha256.hmacHex(key, NodeSha256.sha256Hex(canonical));
  },
  send: () => {
    const client = new LambdaClient(options);
    return () => client.send(new ListEventSourceMappingsCommand({ MaxItems: 10 }));
  },
};

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};

/** Runs `count` operations of one subject and prints how many completed (the test of the bench checks it). */
async function probe(name: string, count: number): Promise<void> {
  const make = SUBJECTS[name];
  if (!make) throw new Error(`unknown subject ${name}: one of ${Object.keys(SUBJECTS).join(", ")}`);
  const run = make();
  let done = 0;
  for (let k = 0; k < count; k++, done++) await run();
  console.log(JSON.stringify({ subject: name, operations: done }));
  process.exit(0);
}

/** Total instructions callgrind counted for `count` operations of `subject`. */
function instructions(subject: string, count: number, dir: string): number {
  const script = fileURLToPath(import.meta.url);
  return countInstructions(["--import", "tsx", script, "--probe", subject, String(count)], join(dir, `${subject}-${count}.out`)).total;
}

const probed = arg("probe");
if (probed !== undefined) {
  await probe(probed, Number(process.argv[process.argv.indexOf("--probe") + 2]));
} else {
  const low = Number(arg("low") ?? 1000);
  const high = Number(arg("high") ?? 6000);
  const only = arg("subject");
  const dir = mkdtempSync(join(tmpdir(), "esm-callgrind-"));
  try {
    console.log(`Node ${process.version}; instructions per operation = (I(${high}) - I(${low})) / ${high - low}, valgrind --tool=callgrind\n`);
    console.log("| subject | instructions per operation |\n|---|---|");
    for (const subject of only === undefined ? Object.keys(SUBJECTS) : [only]) {
      const per = (instructions(subject, high, dir) - instructions(subject, low, dir)) / (high - low);
      console.log(`| ${subject} | ${Math.round(per).toLocaleString("en-US")} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
