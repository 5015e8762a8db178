// `npm run test:stress` (scripts/stress-test.ts) starts a CPU burner and vitest runs; neither may outlive the script.
// A fixture suite whose only test hangs keeps vitest running while the script gets a signal. The burner runs with
// `--threads 0` here: the lifecycle is the same, and this test does not take the cores from the rest of the suite.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
let dir: string;
const started: ChildProcess[] = [];
const groups: number[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "stress-script-"));
  writeFileSync(join(dir, "vitest.config.mjs"), `export default { test: { include: ["hang.test.mjs"], globals: true } };\n`);
  writeFileSync(
    join(dir, "hang.test.mjs"),
    `import { writeFileSync } from "node:fs";\n` +
      `test("hangs", async () => { writeFileSync(process.env.HANG_MARK, String(process.pid)); await new Promise((r) => setTimeout(r, 600_000)); }, 700_000);\n`,
  );
});

afterEach(() => {
  // Whatever the test left (it fails when anything is left), so that a failure does not leak processes either.
  for (const child of started) child.kill("SIGKILL");
  for (const group of groups) signalQuietly(-group, "SIGKILL");
  started.length = 0;
  groups.length = 0;
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // gone
  }
}

/** A process counts as running until it is gone or a zombie (its parent may be an init that never reaps). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

async function until<T>(what: string, get: () => T | undefined, limitMs = 90_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the script on the fixture suite and resolves once the hanging test runs, with the processes' ids. */
async function startScript() {
  const mark = join(dir, "worker.pid");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/stress-test.ts", "--runs", "1", "--threads", "0", "--", "--root", dir, "--config", join(dir, "vitest.config.mjs")],
    // TMPDIR: the script's own temp folder (its runs' reports) goes into this test's, to check it is removed.
    { cwd: root, env: { ...process.env, HANG_MARK: mark, TMPDIR: dir }, stdio: ["ignore", "pipe", "pipe"] },
  );
  started.push(child);
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (out += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const pidAfter = (label: string) => {
    const found = new RegExp(`${label} pid (\\d+)`).exec(out);
    return found ? Number(found[1]) : undefined;
  };
  const burner = await until("the burner's pid", () => pidAfter("CPU burner"));
  const vitest = await until("vitest's pid", () => pidAfter("vitest"));
  groups.push(vitest);
  const worker = await until("the hanging test", () => (existsSync(mark) && readFileSync(mark, "utf8") ? Number(readFileSync(mark, "utf8")) : undefined));
  expect([running(burner), running(vitest), running(worker)]).toEqual([true, true, true]);
  return { child, exited, burner, vitest, worker, output: () => out };
}

describe.skipIf(process.platform !== "linux")("scripts/stress-test.ts", () => {
  for (const [signal, status] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
    it(`on ${signal} ends the CPU burner, vitest and vitest's workers, and exits with ${status}`, { timeout: 240_000 }, async () => {
      const run = await startScript();
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code: status, signal: null });
      await until("the processes to end", () => (![run.burner, run.vitest, run.worker].some(running) ? true : undefined));
      expect(run.output()).toContain(`[stress] ${signal}: stopping the CPU burner and vitest`);
      expect(readdirSync(dir).filter((name) => name.startsWith("stress-test-"))).toEqual([]);
    });
  }

  it("when killed with SIGKILL (no handler runs), the CPU burner ends by itself", { timeout: 240_000 }, async () => {
    const run = await startScript();
    run.child.kill("SIGKILL");
    expect(await run.exited).toEqual({ code: null, signal: "SIGKILL" });
    await until("the burner to end", () => (!running(run.burner) ? true : undefined));
  });
});
