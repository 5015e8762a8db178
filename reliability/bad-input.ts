import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { LOCAL_CREDENTIALS } from "./clients.js";
import { spawnService, type ServiceProcess } from "./spawn-service.js";

const ESM = "/2015-03-31/event-source-mappings";
/** No answer within this long counts as a hang (generous: the machine may be busy). */
const ANSWER_WITHIN_MS = 20_000;

/** One input of the corpus and what came back. */
export interface BadInputOutcome {
  group: string;
  input: string;
  /** HTTP status, or how the connection ended without one. */
  answer: string;
  /** Error answers carry `x-amzn-errortype` and a JSON message; 2xx answers are marked "accepted". */
  shape: "error shape" | "accepted" | "no answer" | "plain";
  /** The service still answered a List right after (it did not crash or wedge). */
  aliveAfter: boolean;
  /** Accepted although the input breaks a rule of the model (a member too long or too many). */
  acceptedInvalid: boolean;
  /** The answer named a path of the server's file system. */
  leaksPath: boolean;
}

/** The whole corpus run. */
export interface BadInputResult {
  outcomes: BadInputOutcome[];
  crashes: number;
  hangs: number;
  serverErrors: number;
  pathLeaks: number;
  /** Inputs breaking a rule of the model that the service stored anyway. */
  acceptedInvalid: number;
  /** The service started again on its data file after the corpus. */
  restartedOnDataFile: boolean;
}

interface Answer {
  status?: number;
  errorType?: string;
  text: string;
  ended?: string;
}

type Sender = (service: ServiceProcess) => Promise<Answer>;

async function signedRequest(
  service: ServiceProcess,
  method: string,
  path: string,
  body?: string | Buffer,
  extraHeaders: Record<string, string> = {},
  sign = true,
): Promise<Answer> {
  let headers: Record<string, string> = { host: `127.0.0.1:${service.port}`, "content-type": "application/json", ...extraHeaders };
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  if (sign) {
    const signer = new SignatureV4({ credentials: LOCAL_CREDENTIALS, region: "us-east-1", service: "lambda", sha256: Sha256 });
    const signed = await signer.sign(new HttpRequest({ method, hostname: "127.0.0.1", port: service.port, path, headers, body }));
    headers = signed.headers as Record<string, string>;
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ text: "", ended: "no answer (hang)" });
    }, ANSWER_WITHIN_MS);
    const req = request({ host: "127.0.0.1", port: service.port, method, path, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("error", () => undefined);
      res.on("close", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode, errorType: res.headers["x-amzn-errortype"] as string | undefined, text });
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ text: "", ended: `connection ${error.code ?? error.message}` });
    });
    req.end(body);
  });
}

/** Writes raw bytes on a fresh socket and reads until the server closes it (or the time is up). */
function rawBytes(bytes: string | Buffer, closeAfterWrite = false): Sender {
  return (service) =>
    new Promise((resolve) => {
      const socket = connect(service.port, "127.0.0.1");
      let text = "";
      const timer = setTimeout(() => {
        socket.destroy();
        resolve(parseRaw(text, "no answer (hang)"));
      }, ANSWER_WITHIN_MS);
      socket.on("data", (d: Buffer) => {
        text += d.toString("latin1");
        // One answer is enough: a keep-alive server may rightly wait for the next request.
        if (/\r\n\r\n/.test(text) && !closeAfterWrite) {
          const length = /content-length: (\d+)/i.exec(text);
          if (length && text.length >= text.indexOf("\r\n\r\n") + 4 + Number(length[1])) socket.end();
        }
      });
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearTimeout(timer);
        resolve(parseRaw(text, "closed without an answer"));
      });
      socket.write(bytes, () => {
        if (closeAfterWrite) socket.end();
      });
    });
}

function parseRaw(text: string, otherwise: string): Answer {
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  if (!status) return { text, ended: otherwise };
  const type = /x-amzn-errortype: ([^\r\n]+)/i.exec(text);
  return { status: Number(status[1]), errorType: type?.[1], text };
}

let sources = 0;
/** A Create body with a fresh source (so no input is refused only as a duplicate of an earlier one). */
const create = (extra: object): string =>
  JSON.stringify({ FunctionName: "bad-input", EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:bad-input-${sources++}`, ...extra });
const deep = (depth: number, leaf = "1"): string => "[".repeat(depth) + leaf + "]".repeat(depth);
const deepObject = (depth: number): string => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
const post = (body: string | Buffer, headers?: Record<string, string>): Sender => (s) => signedRequest(s, "POST", ESM, body, headers);
const get = (path: string): Sender => (s) => signedRequest(s, "GET", path);
const put = (path: string, body: string): Sender => (s) => signedRequest(s, "PUT", path, body);
const del = (path: string): Sender => (s) => signedRequest(s, "DELETE", path);

/** The corpus: group, description, how to send it. */
export const corpus: [group: string, input: string, send: Sender][] = [
  ["oversized members", "EventSourceArn of 100 KB", post(create({ EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:${"q".repeat(100_000)}` }))],
  ["oversized members", "FunctionName of 100 KB", post(create({ FunctionName: "f".repeat(100_000) }))],
  ["oversized members", "a tag value of 200 KB", post(create({ Tags: { big: "v".repeat(200_000) } }))],
  ["oversized members", "10,000 tags", post(create({ Tags: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, "v"])) }))],
  ["oversized members", "1,000 filters", post(create({ FilterCriteria: { Filters: Array.from({ length: 1000 }, () => ({ Pattern: '{"a":[1]}' })) } }))],
  ["oversized members", "a filter pattern of 100 KB", post(create({ FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ a: ["x".repeat(100_000)] }) }] } }))],
  ["oversized members", "a filter pattern nested 10,000 deep", post(create({ FilterCriteria: { Filters: [{ Pattern: deepObject(10_000) }] } }))],
  ["oversized members", "an on-failure destination ARN of 100 KB", post(create({ DestinationConfig: { OnFailure: { Destination: `arn:aws:sqs:us-east-1:123456789012:${"d".repeat(100_000)}` } } }))],
  ["oversized members", "BatchSize 10^12, -1 and 2^53+1", async (s) => {
    const answers: Answer[] = [];
    for (const n of [1e12, -1, 2 ** 53 + 1]) answers.push(await signedRequest(s, "POST", ESM, create({ BatchSize: n })));
    return answers.find((a) => a.status !== answers[0]!.status) ?? answers[0]!;
  }],
  ["malformed JSON", "truncated object", post('{"FunctionName": "f", "EventSourceArn": ')],
  ["malformed JSON", "trailing garbage after the object", post(`${create({})}}}garbage`)],
  ["malformed JSON", "a byte-order mark before the object", post(`\uFEFF${create({})}`)],
  ["malformed JSON", "invalid UTF-8 bytes in a string", post(Buffer.concat([Buffer.from('{"FunctionName":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:x"}')]))],
  ["malformed JSON", "arrays nested 100,000 deep", post(deep(100_000))],
  ["malformed JSON", "objects nested 40,000 deep", post(deepObject(40_000))],
  ["malformed JSON", "__proto__ and constructor members (may be accepted: unknown members are ignored)", post('{"FunctionName":"proto","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:proto","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')],
  ["malformed JSON", "duplicate keys", post('{"FunctionName":"a","FunctionName":"b","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:dup","BatchSize":1,"BatchSize":"x"}')],
  ["malformed JSON", "number 1e400 and -0", post(create({}).replace("{", '{"BatchSize":1e400,"MaximumBatchingWindowInSeconds":-0,'))],
  ["malformed JSON", "an empty body", post("")],
  ["malformed JSON", "NUL bytes and control characters in strings", post(create({ FunctionName: "a\u0000b\u0001c\u001f" }))],
  ["path tricks in UUIDs", "../../etc/passwd (percent-encoded)", get(`${ESM}/..%2F..%2F..%2Fetc%2Fpasswd`)],
  ["path tricks in UUIDs", "%2e%2e segments", get(`${ESM}/%2e%2e/%2e%2e/functions`)],
  ["path tricks in UUIDs", "a NUL byte (%00)", get(`${ESM}/abc%00def`)],
  ["path tricks in UUIDs", "backslashes", get(`${ESM}/..%5C..%5Cwindows`)],
  ["path tricks in UUIDs", "bad percent-encoding (%ZZ, %)", get(`${ESM}/%ZZ%`)],
  ["path tricks in UUIDs", "a UUID of 8 KB", get(`${ESM}/${"a".repeat(8000)}`)],
  ["path tricks in UUIDs", "non-ASCII (encoded emoji, RTL mark)", get(`${ESM}/%F0%9F%92%A5%E2%80%8F`)],
  ["path tricks in UUIDs", "the data file's name as UUID", get(`${ESM}/mappings.json`)],
  ["path tricks in UUIDs", "Update of ../ with a valid body", put(`${ESM}/..%2F..%2Ftmp`, JSON.stringify({ BatchSize: 5 }))],
  ["path tricks in UUIDs", "Delete of a double-slash path", del(`${ESM}//..//`)],
  ["huge bodies", "300 KB (just over the 256 KiB cap)", post(create({ Tags: { big: "x".repeat(300_000) } }))],
  ["huge bodies", "5 MB (20x the cap)", post(create({ Tags: { big: "x".repeat(5_000_000) } }))],
  ["huge bodies", "50 MB (200x the cap)", post(Buffer.alloc(50_000_000, 0x20))],
  ["huge bodies", "Content-Length 1 GB, then the peer closes", rawBytes(`POST ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n{"FunctionName":`, true)],
  ["huge bodies", "chunked body of 5 MB", rawBytes(`POST ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n${"100000\r\n" + "x".repeat(0x100000) + "\r\n"}`.repeat(1) + `${("100000\r\n" + "x".repeat(0x100000) + "\r\n").repeat(4)}0\r\n\r\n`)],
  ["malformed HTTP", "random bytes", rawBytes(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))],
  ["malformed HTTP", "a request line without a version", rawBytes("GET /2015-03-31/event-source-mappings\r\n\r\n")],
  ["malformed HTTP", "an invalid header name", rawBytes(`GET ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n`)],
  ["malformed HTTP", "100 KB of headers", rawBytes(`GET ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"h".repeat(100_000)}\r\n\r\n`)],
  ["malformed HTTP", "Content-Length and Transfer-Encoding both (smuggling)", rawBytes(`POST ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /x HTTP/1.1\r\n\r\n`)],
  ["malformed HTTP", "a negative Content-Length", rawBytes(`POST ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n`)],
  ["malformed HTTP", "a broken chunk size", rawBytes(`POST ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n`)],
  ["malformed HTTP", "an HTTP/2 preface", rawBytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")],
  ["malformed HTTP", "a NUL byte in the request line", rawBytes(`GET ${ESM}\u0000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)],
  ["malformed HTTP", "half a request, then the peer closes", rawBytes(`POST ${ESM} HTTP/1.1\r\nHost: 12`, true)],
  ["malformed HTTP", "2,000 headers", rawBytes(`GET ${ESM} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Array.from({ length: 2000 }, (_, i) => `X-H${i}: v\r\n`).join("")}\r\n`)],
  ["bad signatures", "no Authorization header", (s) => signedRequest(s, "GET", ESM, undefined, {}, false)],
  ["bad signatures", "a garbage Authorization header", (s) => signedRequest(s, "GET", ESM, undefined, { authorization: "AWS4-HMAC-SHA256 ,,,==,Credential=" }, false)],
  ["bad signatures", "an Authorization header of 60 KB", (s) => signedRequest(s, "GET", ESM, undefined, { authorization: `AWS4-HMAC-SHA256 Credential=${"c".repeat(60_000)}` }, false)],
  ["bad signatures", "a body changed after signing", async (s) => {
    const body = create({});
    const signer = new SignatureV4({ credentials: LOCAL_CREDENTIALS, region: "us-east-1", service: "lambda", sha256: Sha256 });
    const signed = await signer.sign(new HttpRequest({ method: "POST", hostname: "127.0.0.1", port: s.port, path: ESM, headers: { host: `127.0.0.1:${s.port}`, "content-type": "application/json", "content-length": String(body.length) }, body }));
    const tampered = body.replace("bad-input", "bad-inpuX");
    return rawBytes(`POST ${ESM} HTTP/1.1\r\n${Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n${tampered}`)(s);
  }],
];

/** Answers a signed List within the time limit: the service is up and not wedged. */
async function alive(service: ServiceProcess): Promise<boolean> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return false;
  const answer = await signedRequest(service, "GET", ESM);
  return answer.status === 200;
}

/**
 * Sends every input of the corpus to a service on a data file, each on its own connection, and
 * checks after each that the service still answers. At the end the service is closed and started
 * again on the same data file (what it stored from the bad inputs must still be readable).
 */
export async function runBadInput(inputs: typeof corpus = corpus): Promise<BadInputResult> {
  const dir = mkdtempSync(join(tmpdir(), "reliability-bad-input-"));
  const dataFile = join(dir, "mappings.json");
  const outcomes: BadInputOutcome[] = [];
  let crashes = 0;
  let service = await spawnService(dataFile);
  let restartedOnDataFile = false;
  try {
    for (const [group, input, send] of inputs) {
      const answer = await send(service).catch((error: Error): Answer => ({ text: "", ended: `suite error: ${error.message}` }));
      const isAlive = await alive(service);
      const shape: BadInputOutcome["shape"] =
        answer.status === undefined ? "no answer" : answer.status < 300 ? "accepted" : answer.errorType && /"message"/i.test(answer.text) ? "error shape" : "plain";
      const leaksPath = [dir, tmpdir(), process.cwd(), "/home/", "node_modules"].some((p) => answer.text.includes(p));
      const acceptedInvalid = shape === "accepted" && !input.includes("may be accepted");
      outcomes.push({ group, input, acceptedInvalid, answer: answer.status !== undefined ? `${answer.status} ${answer.errorType ?? ""}`.trim() : answer.ended!, shape, aliveAfter: isAlive, leaksPath });
      if (!isAlive) {
        crashes++;
        await service.kill9();
        service = await spawnService(dataFile);
      }
    }
    await service.close();
    service = await spawnService(dataFile);
    restartedOnDataFile = await alive(service);
  } finally {
    await service.close().catch(() => service.kill9());
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    outcomes,
    crashes,
    hangs: outcomes.filter((o) => o.answer.includes("hang")).length,
    serverErrors: outcomes.filter((o) => o.answer.startsWith("5")).length,
    pathLeaks: outcomes.filter((o) => o.leaksPath).length,
    acceptedInvalid: outcomes.filter((o) => o.acceptedInvalid).length,
    restartedOnDataFile,
  };
}
