/**
 * Write cost of the local service's data file: `npm run bench:storage -- [--mappings 1000] [--updates 200]` (also
 * the last part of `npm run bench`). Measured on a 2-core machine, 1,000 mappings, 100 updates: the journal writes
 * 19.9 KiB per Update in a median 37 ms; the format before it, which rewrote the whole state, wrote 30,005 KiB per
 * Update in a median 1,614 ms.
 *
 * The service runs in a child process on a fresh data file. The bench creates `--mappings` large mappings (five
 * filters of ~3.9 KB each, about 20 KB per mapping), then makes `--updates` small Updates (BatchSize) spread over
 * them, one request at a time, and reports the median and p99 time per write and the bytes the service process
 * wrote per write (`wchar` from /proc/<pid>/io, less the answer bodies it sent on its sockets), so the figure is
 * what the storage wrote, whatever the format. Linux only (for /proc).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

if (process.argv[2] === "--serve") {
  const { startLocalLambda } = await import("../src/local/index.js");
  const local = await startLocalLambda({ dataFile: process.argv[3]!, auth: "off", maxBodyBytes: 1024 * 1024 });
  process.stdout.write(`${local.port}\n`);
  process.on("SIGTERM", () => void local.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  const MAPPINGS = arg("mappings", 1000);
  const UPDATES = arg("updates", 200);
  const { CreateEventSourceMappingCommand, LambdaClient, UpdateEventSourceMappingCommand } = await import("../src/index.js");
  const dir = mkdtempSync(join(tmpdir(), "bench-local-storage-"));
  const dataFile = join(dir, "mappings.json");
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve", dataFile], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())));
  const wchar = (): number => Number(/wchar: (\d+)/.exec(readFileSync(`/proc/${child.pid}/io`, "utf8"))![1]);
  const client = new LambdaClient({ region: "us-east-1", endpoint: `http://127.0.0.1:${port}`, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  let answerBytes = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      answerBytes += Number((out.response as { headers?: Record<string, string> }).headers?.["content-length"] ?? 0) + 200; // + status line and headers
      return out;
    },
    { step: "deserialize", name: "countAnswerBytes" },
  );
  const filters = Array.from({ length: 5 }, (_, f) => ({ Pattern: JSON.stringify({ body: { [`k${f}`]: ["x".repeat(3900)] } }) }));

  const phase = async (count: number, op: (i: number) => Promise<unknown>) => {
    const times: number[] = [];
    answerBytes = 0;
    const before = wchar();
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await op(i);
      times.push(performance.now() - t0);
    }
    const written = wchar() - before - answerBytes;
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(count / 2)]!, p99: times[Math.floor(count * 0.99)]!, bytesPerWrite: written / count };
  };

  const uuids: string[] = [];
  const creates = await phase(MAPPINGS, async (i) => {
    const out = await client.send(new CreateEventSourceMappingCommand({ FunctionName: `fn-${i}`, EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:q-${i}`, FilterCriteria: { Filters: filters } }));
    uuids.push(out.UUID!);
  });
  const updates = await phase(UPDATES, (i) => client.send(new UpdateEventSourceMappingCommand({ UUID: uuids[(i * 7919) % uuids.length]!, BatchSize: (i % 9) + 1 })));
  const files = readdirSync(dir).map((name) => `${name} ${(statSync(join(dir, name)).size / 1e6).toFixed(1)} MB`);
  client.destroy();
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  rmSync(dir, { recursive: true, force: true });

  const row = (name: string, r: { median: number; p99: number; bytesPerWrite: number }) =>
    `${name.padEnd(28)} median ${r.median.toFixed(1).padStart(8)} ms   p99 ${r.p99.toFixed(1).padStart(8)} ms   written/write ${(r.bytesPerWrite / 1024).toFixed(1).padStart(10)} KiB`;
  console.log(`local service storage, ${MAPPINGS} mappings of ~20 KB, ${UPDATES} updates, one request at a time`);
  console.log(row(`create (0 → ${MAPPINGS} mappings)`, creates));
  console.log(row(`update (${MAPPINGS} mappings)`, updates));
  console.log(`files at the end: ${files.join(", ")}`);
}
