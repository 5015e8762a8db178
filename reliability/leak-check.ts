import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { answerError, startFaultServer } from "./fault-server.js";

const childScript = fileURLToPath(new URL("./leak-child.ts", import.meta.url));
/** A process still running this long after destroy()/close() is leaking something that holds the event loop. */
const EXIT_WITHIN_MS = 10_000;

/** One leak scenario and how its process ended. */
export interface LeakRow {
  scenario: string;
  /** Measured from the destroy()/close() call to the process's exit, or undefined when it had to be killed. */
  exitedAfterMs?: number;
  /** What the pending call ended with, as the child printed it (`outcome ok`, `outcome AbortError`, ...). */
  outcome: string;
  /** Requests the server received in total (a retry after destroy() shows up here). */
  requests?: number;
  leaked: boolean;
  /** Informational rows (the SDK's behaviour) do not count towards the verdict. */
  informational: boolean;
}

interface Scenario {
  scenario: string;
  child: string;
  /** Key the fault server handles; the service scenario has none. */
  key?: string;
  informational?: boolean;
}

/** Scenarios: a send in flight, a send backing off after a 429, the service with half-open peers. */
export const leakScenarios: Scenario[] = [
  { scenario: "destroy() while a send is in flight (hung server)", child: "ours:hang", key: "hang" },
  { scenario: "destroy() while a send backs off (429, Retry-After: 10)", child: "ours:throttle", key: "throttle" },
  { scenario: "close() of the local service with idle and half-sent connections open", child: "service-close" },
  { scenario: "@aws-sdk/client-lambda: destroy() while a send is in flight", child: "sdk:hang", key: "hang", informational: true },
  { scenario: "@aws-sdk/client-lambda: destroy() while a send backs off", child: "sdk:throttle", key: "throttle", informational: true },
];

/** Runs each scenario in its own process and measures whether (and how fast) it exits on its own. */
export async function runLeakCheck(scenarios: Scenario[] = leakScenarios): Promise<LeakRow[]> {
  const rows: LeakRow[] = [];
  for (const s of scenarios) rows.push(await runScenario(s));
  return rows;
}

async function runScenario(s: Scenario): Promise<LeakRow> {
  const server = await startFaultServer({
    hang: () => undefined,
    throttle: (_n, _req, res) => answerError(res, 429, "TooManyRequestsException", { "retry-after": "10" }),
  });
  const key = s.key && `${s.key}~${s.child.replace(":", "-")}`;
  const childArgs = s.key ? [s.child.split(":")[0] + ":" + key, server.endpoint] : [s.child, ""];
  const child = spawn(process.execPath, ["--import", "tsx", childScript, ...childArgs], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  const peers: Socket[] = [];
  let out = "";
  const lineSeen = (re: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const m = re.exec(out);
        if (m) return resolve(m);
        if (child.exitCode !== null) reject(new Error(`leak child exited early: ${out}`));
      };
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        check();
      });
      child.on("exit", check);
      check();
    });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  try {
    const ready = await lineSeen(/^ready ?(\d*)$/m);
    if (s.child === "service-close") {
      const port = Number(ready[1]);
      for (const bytes of ["", "GET /2015-03-31/event-so", "POST /2015-03-31/event-source-mappings HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"F"]) {
        const socket = connect(port, "127.0.0.1");
        socket.on("error", () => undefined);
        await new Promise<void>((r) => socket.once("connect", () => r()));
        if (bytes) socket.write(bytes);
        peers.push(socket);
      }
      await new Promise((r) => setTimeout(r, 200));
    } else {
      // Wait until the server has the request: in flight (hang) or answered and backing off (throttle).
      while (server.attempts(key!) === 0) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
    }
    child.stdin!.write("stop\n");
    await lineSeen(/^stopping$/m);
    const stoppedAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([exited.then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), EXIT_WITHIN_MS)))]);
    clearTimeout(timer);
    const exitedAfterMs = inTime ? performance.now() - stoppedAt : undefined;
    if (!inTime) {
      child.kill("SIGKILL");
      await exited;
    }
    const outcome = /^outcome (.+)$/m.exec(out)?.[1] ?? (/^closed$/m.test(out) ? "close() resolved" : "still pending");
    return { scenario: s.scenario, exitedAfterMs, outcome, requests: key ? server.attempts(key) : undefined, leaked: !inTime, informational: !!s.informational };
  } finally {
    for (const p of peers) p.destroy();
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await server.close();
  }
}
