import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The four libraries the bench compares. `raw` is the floor: one unsigned node:http GET and a JSON.parse. */
export const SUBJECTS = ["raw", "ours", "aws-lite", "sdk"] as const;
export type Subject = (typeof SUBJECTS)[number];

/**
 * What a probe does, chosen by `argv[3]` (argv[2] is the endpoint):
 * - `cold`: one ListEventSourceMappings call, prints `ok` (the node_modules cold-start probe);
 * - `loop N`: 300 warm-up calls, then N sequential keep-alive calls; prints their median µs;
 * - `memory N`: N sequential calls (at least 10,000); prints RSS (after a GC) at 10,000 and at N;
 * - `paginate`: pages through every mapping of the local service, 100 per page; prints the time, the item
 *   count and peak RSS after 10 pages and after the last;
 * - `concurrent N`: N calls, 64 in flight over a 64-socket keep-alive pool; prints requests per second.
 */
export const PROBE_MODES = ["cold", "loop", "memory", "paginate", "concurrent"] as const;

/**
 * Source of a standalone ES module that loads one subject the way an unbundled app does (package resolution
 * from this repository's node_modules; this library from its dist/ build) and runs one probe mode.
 */
export function probeScript(subject: Subject, root: string): string {
  const req = createRequire(join(root, "package.json"));
  const url = (specifier: string): string => JSON.stringify(pathToFileURL(req.resolve(specifier)).href);
  const ours = JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href);
  // Each subject defines list(input) -> page, and pages(pageSize) -> async iterable of pages.
  const setup: Record<Subject, string> = {
    raw: `
      const http = await import("node:http");
      const agent = new http.Agent({ keepAlive: true, maxSockets: mode === "concurrent" ? 64 : 50 });
      const list = (input) => new Promise((resolve, reject) => {
        const target = new URL("/2015-03-31/event-source-mappings", endpoint);
        for (const [k, v] of Object.entries(input)) if (v !== undefined) target.searchParams.set(k, String(v));
        http.request(target, { agent }, (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
        }).on("error", reject).end();
      });
      async function* pages(size) {
        let Marker;
        do {
          const page = await list({ MaxItems: size, Marker });
          yield page;
          Marker = page.NextMarker;
        } while (Marker);
      }
      const done = () => agent.destroy();`,
    ours: `
      const { LambdaClient, ListEventSourceMappingsCommand, paginateListEventSourceMappings } = await import(${ours});
      const agent = mode === "concurrent" ? new (await import("node:http")).Agent({ keepAlive: true, maxSockets: 64 }) : undefined;
      const client = new LambdaClient({ region: "us-east-1", endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" }, ...(agent && { requestHandler: { httpAgent: agent } }) });
      const list = (input) => client.send(new ListEventSourceMappingsCommand(input));
      const pages = (size) => paginateListEventSourceMappings({ client, pageSize: size }, {});
      const done = () => { client.destroy(); agent?.destroy(); };`,
    sdk: `
      const { LambdaClient, ListEventSourceMappingsCommand, paginateListEventSourceMappings } = await import(${url("@aws-sdk/client-lambda")});
      const agent = mode === "concurrent" ? new (await import("node:http")).Agent({ keepAlive: true, maxSockets: 64 }) : undefined;
      const client = new LambdaClient({ region: "us-east-1", endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" }, ...(agent && { requestHandler: { httpAgent: agent } }) });
      const list = (input) => client.send(new ListEventSourceMappingsCommand(input));
      const pages = (size) => paginateListEventSourceMappings({ client, pageSize: size }, {});
      const done = () => { client.destroy(); agent?.destroy(); };`,
    // aws-lite takes no agent: it keeps one keep-alive agent per protocol (no socket limit; 64 in flight open 64).
    "aws-lite": `
      const awsLite = (await import(${url("@aws-lite/client")})).default;
      const lambdaPlugin = (await import(${url("@aws-lite/lambda")})).default;
      const aws = await awsLite({ region: "us-east-1", endpoint, accessKeyId: "test", secretAccessKey: "test", plugins: [lambdaPlugin], autoloadPlugins: false });
      const list = (input) => aws.Lambda.ListEventSourceMappings(input);
      async function* pages(size) {
        const iterator = await aws.Lambda.ListEventSourceMappings({ MaxItems: size, paginate: "iterator" });
        for await (const page of typeof iterator === "function" ? iterator() : iterator) yield page.payload ?? page;
      }
      const done = () => {};`,
  };
  return `const endpoint = process.argv[2];
const mode = process.argv[3] ?? "cold";
const n = Number(process.argv[4] ?? 0);
${setup[subject]}
const input = { MaxItems: 10 };
const check = (page) => { if (page?.EventSourceMappings?.length !== 10) throw new Error("unexpected page: " + JSON.stringify(page).slice(0, 200)); };
const rss = () => { globalThis.gc?.(); return process.memoryUsage.rss(); };
if (mode === "cold") {
  check(await list(input));
  console.log("ok");
} else if (mode === "loop") {
  for (let i = 0; i < 300; i++) check(await list(input));
  const samples = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await list(input);
    samples[i] = Number(process.hrtime.bigint() - t) / 1e3;
  }
  samples.sort();
  console.log(JSON.stringify({ medianUs: samples[n >> 1] }));
} else if (mode === "memory") {
  for (let i = 0; i < 10_000; i++) await list(input);
  const at10k = rss();
  for (let i = 10_000; i < n; i++) await list(input);
  const atEnd = rss();
  console.log(JSON.stringify({ at10k, atEnd }));
} else if (mode === "paginate") {
  const before = rss();
  let items = 0, count = 0, peak10 = 0, peak = 0;
  const start = process.hrtime.bigint();
  for await (const page of pages(100)) {
    items += page.EventSourceMappings.length;
    peak = Math.max(peak, process.memoryUsage.rss());
    if (++count === 10) peak10 = peak;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ ms, items, pages: count, before, peak10, peak }));
} else if (mode === "concurrent") {
  const run = async (total) => {
    let next = 0;
    const worker = async () => { while (next++ < total) await list(input); };
    await Promise.all(Array.from({ length: 64 }, worker));
  };
  await run(640);
  const start = process.hrtime.bigint();
  await run(n);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ rps: n / seconds }));
}
done();
`;
}
