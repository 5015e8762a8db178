import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const childScript = fileURLToPath(new URL("./service-child.ts", import.meta.url));

/** The local service running in its own process, as the suite drives it. */
export interface ServiceProcess {
  readonly endpoint: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Resolves with the exit code and signal when the process ends, for whatever reason. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process wrote to stderr (a crash's stack lands here). */
  stderr(): string;
  /** `kill -9`: no chance to finish anything. */
  kill9(): Promise<void>;
  /** Asks the service to close() and waits for the process to end; rejects after `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;
}

/** Starts `service-child.ts` on `dataFile` (in memory when undefined) and waits until it listens. */
export async function spawnService(dataFile: string | undefined, maxBodyBytes?: number): Promise<ServiceProcess> {
  const args = ["--import", "tsx", childScript, dataFile ?? "", maxBodyBytes === undefined ? "" : String(maxBodyBytes)];
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = /^ready (\d+)$/m.exec(out);
      if (match) {
        child.stdout!.off("data", onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on("data", onData);
    void exited.then(({ code, signal }) => reject(new Error(`service exited before listening (code ${code}, signal ${signal}): ${stderr}`)));
  });
  child.stdout!.resume();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    child,
    exited,
    stderr: () => stderr,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async close(timeoutMs = 30_000) {
      child.stdin!.write("close\n");
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`service did not close within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
    },
  };
}
