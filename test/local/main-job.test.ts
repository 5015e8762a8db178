import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("`npm start` (examples/main-job.ts) runs the whole lifecycle against the local service and exits 0", () => {
  // The same command `npm start` runs (tsx), without npm's own start-up time.
  const run = spawnSync(process.execPath, ["--import", "tsx", "examples/main-job.ts"], { cwd: root, encoding: "utf8", timeout: 30_000 });
  expect(run.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?show where the warning was created\)\n?/g, "")).toBe("");
  expect(run.status).toBe(0);
  const out = run.stdout;
  expect(out).toMatch(/^Local Lambda ESM service listening on http:\/\/127\.0\.0\.1:\d+/);
  const steps = [
    "1. Created an SQS mapping (with a filter) and a Kinesis mapping:",
    "2. Waited until both are Enabled:",
    "3. Listed with a page size of 1 — page 1 (NextMarker returned):",
    "3. Listed with a page size of 1 — page 2 (last page):",
    "4. Raised the Kinesis batch size to 500:",
    "5. Disabled the SQS mapping:",
    "6. Both changes applied:",
    "7. Deleted both:",
    "8. Waited until they are gone; the service now holds:",
  ];
  let at = 0;
  for (const step of steps) {
    const found = out.indexOf(step, at);
    expect(found, step).toBeGreaterThan(at - 1);
    at = found;
  }
  expect(out).toMatch(/Creating\s+sqs:orders\s+order-processor\s+10/);
  expect(out).toMatch(/Enabled\s+kinesis:stream\/clickstream\s+clickstream-analytics\s+500/);
  expect(out).toMatch(/Disabled\s+sqs:orders/);
  expect(out).toMatch(/\{"type":"order_viewed","id":2\} -> dropped/);
  expect(out.slice(out.indexOf("8. Waited"))).toContain("(no mappings)");
});
