/**
 * The process bench/request-profile.ts measures (bundled with esbuild first):
 * - `instructions SUBJECT COUNT`: sets up one subject of bench/profile-subjects.ts, runs COUNT operations one after
 *   the other, prints `{ subject, operations }` (callgrind counts the whole process; two counts make one figure);
 * - `memory SUBJECT COUNT`: after loading, after 10,000 and after COUNT sequential operations (run with
 *   `--expose-gc`), a forced GC, then RSS, V8's heap figures and every heap space's size; prints them as JSON.
 */
import { GCProfiler, getHeapSpaceStatistics, getHeapStatistics } from "node:v8";
import { SUBJECTS } from "./profile-subjects.js";

const [mode, name, countText] = process.argv.slice(2);
const subject = name === undefined ? undefined : SUBJECTS[name];
if (!subject) throw new Error(`unknown subject ${name}: one of ${Object.keys(SUBJECTS).join(", ")}`);
const count = Number(countText);
const run = await subject.make();

/** What the process holds now, after a full GC. */
function snapshot(): Record<string, number> {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const heap = getHeapStatistics();
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [`space:${s.space_name}`, s.space_size]));
  return { rss: usage.rss, heapTotal: heap.total_heap_size, heapUsed: heap.used_heap_size, external: usage.external, arrayBuffers: usage.arrayBuffers, ...spaces };
}

if (mode === "instructions") {
  let done = 0;
  for (; done < count; done++) await run();
  console.log(JSON.stringify({ subject: name, operations: done }));
} else if (mode === "memory") {
  const loaded = snapshot();
  for (let i = 0; i < 10_000; i++) await run();
  const at10k = snapshot();
  // What the requests allocate: the heap's growth between one GC's end and the next one's start, summed.
  const profiler = new GCProfiler();
  profiler.start();
  let previous = getHeapStatistics().used_heap_size;
  for (let i = 10_000; i < count; i++) await run();
  const last = getHeapStatistics().used_heap_size;
  const gcs = profiler.stop().statistics;
  let allocated = 0;
  let scavenges = 0;
  for (const gc of gcs) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - previous;
    previous = gc.afterGC.heapStatistics.usedHeapSize;
    if (gc.gcType === "Scavenge") scavenges++;
  }
  allocated += last - previous;
  const requests = count - 10_000;
  const rates = { "allocated per request": allocated / requests, "scavenges per 10,000 requests": (scavenges / requests) * 10_000 };
  console.log(JSON.stringify({ subject: name, loaded, at10k, atEnd: snapshot(), count, rates }));
} else throw new Error(`unknown mode ${mode}: instructions or memory`);
process.exit(0);
