// The pagination subject: the local service (lambda-event-source-mappings/local) holding `argv[2]` mappings
// (default 10,000), with signature checks off so that the raw node:http floor can call it too. Runs in its own
// process; prints its endpoint on the first line of stdout.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalLambda } from "../src/local/index.js";
import { dataFilePaths } from "../src/local/storage/data-file-paths.js";
import { readDataFile } from "../src/local/storage/read-data-file.js";
import { writeSnapshot } from "../src/local/storage/write-snapshot.js";

const count = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), "esm-bench-local-"));
const seedFile = join(dir, "seed.json");
const dataFile = join(dir, "mappings.json");

// One mapping created through the API gives a record in the store's own format; the rest are copies of it.
const seed = await startLocalLambda({ auth: "off", dataFile: seedFile });
const created = await fetch(`${seed.endpoint}/2015-03-31/event-source-mappings/`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ FunctionName: "bench", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:bench", BatchSize: 10 }),
});
if (created.status !== 202) throw new Error(`seeding the local service failed: HTTP ${created.status} ${await created.text()}`);
await seed.close();
// Read and written with the store's own storage code, so the copies follow its file format whatever it is.
const template = readDataFile(seedFile).records[0]!;
const records = Array.from({ length: count }, (_, i) => {
  const uuid = `a0b1c2d3-0000-4000-8000-${String(i).padStart(12, "0")}`;
  return { ...template, seq: i + 1, config: { ...template.config, UUID: uuid, EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${uuid}` } };
});
await writeSnapshot(dataFilePaths(dataFile), { seq: count, generation: 1 }, records);

const service = await startLocalLambda({ auth: "off", dataFile });
process.stdout.write(`${service.endpoint}\n`);
// The data file is a throw-away copy: no need to wait for keep-alive sockets to close.
process.on("SIGTERM", () => process.exit(0));
