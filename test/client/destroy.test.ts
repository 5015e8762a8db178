import { spawn } from "node:child_process";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { GetEventSourceMappingCommand, LambdaClient, StandardRetryStrategy } from "../../src/index.js";

const fixture = fileURLToPath(new URL("./fixtures/destroy-pending-send.ts", import.meta.url));

/** A loopback server answering every request with `answer` (or holding it open when `answer` is "hang"). */
async function startServer(answer: "throttle" | "hang") {
  const held: ServerResponse[] = [];
  let received = 0;
  const arrivals: (() => void)[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received++;
      arrivals.splice(0).forEach((notify) => notify());
      if (answer === "hang") return void held.push(res);
      res.writeHead(429, { "content-type": "application/json", "retry-after": "30", "x-amzn-errortype": "TooManyRequestsException" });
      res.end('{"message":"Rate exceeded","Reason":"CallerRateLimitExceeded"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => received,
    /** Resolves once `count` requests have arrived. */
    waitFor: (count: number) => new Promise<void>(function check(resolve) { if (received >= count) resolve(); else arrivals.push(() => check(resolve)); }),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A retry strategy whose every backoff is 4 s; `startedAt` is when the last one began (when its delay was asked for). */
const longBackoff = () => {
  const backoff = {
    startedAt: undefined as number | undefined,
    strategy: undefined as unknown as StandardRetryStrategy,
  };
  backoff.strategy = new StandardRetryStrategy({
    maxAttempts: 5,
    backoff: { computeNextBackoffDelay: () => ((backoff.startedAt = Date.now()), 4_000), setDelayBase: () => {} },
  });
  return backoff;
};

describe("destroy() stops pending sends", () => {
  it("a send waiting in retry backoff rejects with an AbortError at once, and no retry goes out afterwards", async () => {
    const server = await startServer("throttle");
    servers.push(server);
    const backoff = longBackoff();
    const client = new LambdaClient({ endpoint: server.endpoint, region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "s" }, retryStrategy: backoff.strategy });
    const sent = client.send(new GetEventSourceMappingCommand({ UUID: "u" })).catch((error: Error & { $metadata?: { attempts?: number } }) => error);
    await server.waitFor(1);
    client.destroy();
    const error = (await sent) as Error & { $metadata?: { attempts?: number } };
    // It rejected before the backoff could have ended (timers never fire early), however slow the machine:
    // the backoff was not waited out. (If destroy() came before the 429 was read, no backoff began at all.)
    if (backoff.startedAt !== undefined) expect(Date.now()).toBeLessThan(backoff.startedAt + 4_000);
    expect(error.name).toBe("AbortError");
    expect(error.message).toMatch(/client was destroyed/);
    expect(error.$metadata?.attempts).toBe(1);
    // Longer than the backoff: a retry that was only delayed would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect(server.received()).toBe(1);
  });

  it("a send in flight rejects, and a send queued behind it for a socket never goes out", async () => {
    const server = await startServer("hang");
    servers.push(server);
    const client = new LambdaClient({
      endpoint: server.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "AKID", secretAccessKey: "s" },
      requestHandler: { httpAgent: { maxSockets: 1 } },
    });
    const first = client.send(new GetEventSourceMappingCommand({ UUID: "a" })).catch((error: Error) => error);
    const queued = client.send(new GetEventSourceMappingCommand({ UUID: "b" })).catch((error: Error) => error);
    await server.waitFor(1);
    client.destroy();
    for (const error of [(await first) as Error, (await queued) as Error]) {
      expect(error.name).toBe("AbortError");
      expect(error.message).toMatch(/client was destroyed/);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(server.received()).toBe(1);
  });

  it("the client still works after destroy(): later sends open new sockets", async () => {
    const server = await startServer("throttle");
    servers.push(server);
    const client = new LambdaClient({ endpoint: server.endpoint, region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "s" }, maxAttempts: 1 });
    client.destroy();
    const error = (await client.send(new GetEventSourceMappingCommand({ UUID: "u" })).catch((e: Error) => e)) as Error;
    expect(error.name).toBe("TooManyRequestsException");
    expect(server.received()).toBe(1);
    client.destroy();
  });

  // The process-level promise: a script that calls destroy() exits by itself, at once, whatever was pending.
  for (const answer of ["throttle", "hang"] as const) {
    it(`a child process whose send is ${answer === "throttle" ? "backing off after a 429 with Retry-After" : "waiting on a hung response"} exits on its own soon after destroy()`, async () => {
      const server = await startServer(answer);
      servers.push(server);
      const child = spawn(process.execPath, ["--import", "tsx", fixture, server.endpoint], { stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      await server.waitFor(1);
      // The minute-long backoff (throttle) or the never-ending response (hang) is what would hold the process.
      if (answer === "throttle") await new Promise((resolve) => setTimeout(resolve, 300));
      const destroyedAt = Date.now();
      child.stdin.write("destroy\n");
      const timeout = new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 15_000).unref());
      const code = await Promise.race([exited, timeout]);
      if (code === "still running") child.kill("SIGKILL");
      expect(code, stderr).toBe(0);
      expect(Date.now() - destroyedAt).toBeLessThan(15_000);
      const result = JSON.parse(stdout.split("\n")[1]!) as { outcome: string; name?: string; message?: string };
      expect(result).toMatchObject({ outcome: "rejected", name: "AbortError" });
      expect(result.message).toMatch(/client was destroyed/);
      expect(server.received()).toBe(1);
    }, 60_000);
  }
});
