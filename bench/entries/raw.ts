// The floor: one unsigned GET with node:http and JSON.parse, nothing else.
import { request } from "node:http";

const url = new URL("/2015-03-31/event-source-mappings?MaxItems=10", process.argv[2]);
request(url, (res) => {
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(c));
  res.on("end", () => {
    const page = JSON.parse(Buffer.concat(chunks).toString()) as { EventSourceMappings?: unknown[] };
    console.log(page.EventSourceMappings?.length === 10 ? "ok" : "unexpected");
  });
}).end();
