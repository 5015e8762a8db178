import { errorName, suiteClient } from "./clients.js";
import { answerError, answerOk, refusedPort, startFaultServer, type FaultBehaviour } from "./fault-server.js";

/** A call that has not ended after this long counts as a hang. */
const HANG_AFTER_MS = 30_000;

/** How one library came through one fault. */
export interface FaultRun {
  /** `ok`, or the error's name and, when it has one, its `code` (`Error ECONNRESET`). */
  outcome: string;
  /** Requests the server received (for refused ports and DNS failures: the error's `$metadata.attempts`). */
  attempts: number;
  elapsedMs: number;
}

/** One row of the fault matrix. */
export interface FaultRow {
  fault: string;
  ours: FaultRun;
  sdk: FaultRun;
  /** Same attempt count as `@aws-sdk/client-lambda` (the verdict). */
  sameAsSdk: boolean;
  /** Same outcome (`ok` or the same error name and code) as `@aws-sdk/client-lambda`. */
  sameOutcome: boolean;
  /** Why this library ends differently from the SDK on purpose (documented); a difference without one fails the run. */
  deliberate?: string;
  /** A call never ended (the watchdog fired). */
  hung: boolean;
}

interface FaultCase {
  fault: string;
  behaviour?: FaultBehaviour;
  /** Endpoint other than the fault server (refused port, DNS failure). */
  endpoint?: () => Promise<string>;
  requestTimeout?: number;
  /** Aborts the call this long after the server received its request. */
  abortAfterMs?: number;
  /** A deliberate, documented difference from the SDK's error (see {@link FaultRow.deliberate}). */
  deliberate?: string;
}

const uuidOf = (res: { req: { url?: string } }): string => (res.req.url ?? "").split("/").pop()!;
const never: FaultBehaviour = () => undefined;
const after = (ms: number, then: FaultBehaviour): FaultBehaviour => (n, req, res) => void setTimeout(() => then(n, req, res), ms);
const ok: FaultBehaviour = (_n, _req, res) => answerOk(res, uuidOf(res as never));
const storm = (status: number, type: string): FaultBehaviour => (_n, _req, res) => answerError(res, status, type);
const untilAttempt = (k: number, fault: FaultBehaviour): FaultBehaviour => (n, req, res) => (n < k ? fault(n, req, res) : ok(n, req, res));
const resetMidBody: FaultBehaviour = (_n, _req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "400" });
  res.write('{"UUID":"abc","BatchSize":10,"State":"Ena');
  setTimeout(() => res.socket?.resetAndDestroy(), 20);
};
const truncatedBody: FaultBehaviour = (_n, _req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "400" });
  res.write('{"UUID":"abc","BatchSize":10,"State":"Ena');
  setTimeout(() => res.socket?.end(), 20); // a clean FIN before the promised length
};
const throttled: FaultBehaviour = (_n, _req, res) => answerError(res, 429, "TooManyRequestsException", { "retry-after": "1" });
const badJson: FaultBehaviour = (_n, _req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "12" });
  res.end('{"UUID": "ab');
};

/** The faults, each run once per library with the default 3 attempts. */
export const faultCases: FaultCase[] = [
  { fault: "503 storm (every answer 503 ServiceException)", behaviour: storm(503, "ServiceException") },
  { fault: "500 storm (every answer 500 ServiceException)", behaviour: storm(500, "ServiceException") },
  { fault: "two 503s, then 200", behaviour: untilAttempt(3, storm(503, "ServiceException")) },
  { fault: "429 TooManyRequests with Retry-After: 1, every answer", behaviour: throttled },
  { fault: "one 429 with Retry-After: 1, then 200", behaviour: untilAttempt(2, throttled) },
  { fault: "connection reset mid-body, every answer", behaviour: resetMidBody },
  { fault: "connection reset mid-body once, then 200", behaviour: untilAttempt(2, resetMidBody) },
  { fault: "truncated body (FIN before Content-Length), every answer", behaviour: truncatedBody },
  {
    fault: "200 with a cut-off JSON body",
    behaviour: badJson,
    deliberate:
      "a `LambdaServiceException` carrying `$metadata` (status, request id) and an excerpt of the body instead of the SDK's bare `SyntaxError` ([errors-and-retries.md](errors-and-retries.md#exceptions)); neither retries it",
  },
  { fault: "slow headers (2 s), no timeout set", behaviour: after(2000, ok) },
  { fault: "slow headers (3 s), requestTimeout 1000 ms", behaviour: after(3000, ok), requestTimeout: 1000 },
  { fault: "hung response, requestTimeout 1000 ms", behaviour: never, requestTimeout: 1000 },
  { fault: "hung response, abortSignal 1000 ms after the request arrived", behaviour: never, abortAfterMs: 1000 },
  { fault: "refused port", endpoint: async () => `http://127.0.0.1:${await refusedPort()}` },
  { fault: "DNS failure (*.invalid)", endpoint: async () => "http://reliability-suite.invalid" },
];

/**
 * The fault matrix: every fault against this library's client and `@aws-sdk/client-lambda`, the
 * same call (GetEventSourceMapping) with the same settings, on a loopback server that counts the
 * requests it gets. The two libraries must give up or succeed after the same number of attempts; the
 * error names they end with are reported side by side.
 */
export async function runFaultMatrix(cases: FaultCase[] = faultCases): Promise<FaultRow[]> {
  const behaviours = Object.fromEntries(cases.flatMap((c, i) => (c.behaviour ? [[`f${i}`, c.behaviour]] : [])));
  const server = await startFaultServer(behaviours);
  try {
    const runOne = async (c: FaultCase, i: number, library: "ours" | "sdk"): Promise<FaultRun & { hung: boolean }> => {
      const endpoint = c.endpoint ? await c.endpoint() : server.endpoint;
      const key = `f${i}~${library}`;
      const client = suiteClient(library, { endpoint, maxAttempts: 3, requestTimeout: c.requestTimeout });
      const abort = new AbortController();
      let abortTimer: NodeJS.Timeout | undefined;
      if (c.abortAfterMs !== undefined) {
        const abortAfter = c.abortAfterMs;
        const poll = setInterval(() => {
          if (server.attempts(key) === 0) return;
          clearInterval(poll);
          abortTimer = setTimeout(() => abort.abort(), abortAfter);
        }, 10);
        abort.signal.addEventListener("abort", () => clearInterval(poll));
        setTimeout(() => abort.abort(), HANG_AFTER_MS).unref();
      }
      let watchdog: NodeJS.Timeout | undefined;
      const start = performance.now();
      try {
        const call = client.get(key, c.abortAfterMs === undefined ? undefined : { abortSignal: abort.signal }).then(
          () => ({ outcome: "ok", metaAttempts: undefined as number | undefined }),
          (error: { code?: unknown; $metadata?: { attempts?: number } }) => ({
            outcome: errorName(error) + (typeof error?.code === "string" ? ` ${error.code}` : ""),
            metaAttempts: error?.$metadata?.attempts,
          }),
        );
        const hang = new Promise<"hang">((resolve) => (watchdog = setTimeout(() => resolve("hang"), HANG_AFTER_MS)));
        const result = await Promise.race([call, hang]);
        const elapsedMs = performance.now() - start;
        if (result === "hang") return { outcome: "hang", attempts: server.attempts(key), elapsedMs, hung: true };
        const attempts = c.endpoint ? (result.metaAttempts ?? Number.NaN) : server.attempts(key);
        return { outcome: result.outcome, attempts, elapsedMs, hung: false };
      } finally {
        clearTimeout(watchdog);
        clearTimeout(abortTimer);
        client.destroy();
      }
    };
    return await Promise.all(
      cases.map(async (c, i) => {
        const [ours, sdk] = await Promise.all([runOne(c, i, "ours"), runOne(c, i, "sdk")]);
        const strip = ({ hung: _hung, ...run }: FaultRun & { hung: boolean }): FaultRun => run;
        return {
          fault: c.fault,
          ours: strip(ours),
          sdk: strip(sdk),
          sameAsSdk: ours.attempts === sdk.attempts,
          sameOutcome: ours.outcome === sdk.outcome,
          ...(c.deliberate ? { deliberate: c.deliberate } : {}),
          hung: ours.hung || sdk.hung,
        };
      }),
    );
  } finally {
    await server.close();
  }
}
