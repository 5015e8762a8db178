// `npm start`: a tour of lambda-event-source-mappings against the embedded local Lambda service.
// It starts the service on a free port, then drives a realistic lifecycle with this library's own
// client: create an SQS mapping (with a filter) and a Kinesis mapping, wait for them, page through
// them, change one, disable one, delete both — printing the mappings as a table at each step.
import {
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  LambdaClient,
  matchesFilterCriteria,
  paginateListEventSourceMappings,
  UpdateEventSourceMappingCommand,
  waitUntilEventSourceMappingDeleted,
  waitUntilEventSourceMappingDisabled,
  waitUntilEventSourceMappingEnabled,
  type EventSourceMappingConfiguration,
  type FilterCriteria,
} from "../src/index.js";
import { startLocalLambda } from "../src/local/index.js";

const QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders";
const STREAM = "arn:aws:kinesis:us-east-1:123456789012:stream/clickstream";
const ORDERS_ONLY: FilterCriteria = { Filters: [{ Pattern: JSON.stringify({ body: { type: ["order_placed"] } }) }] };

function table(title: string, mappings: EventSourceMappingConfiguration[]): void {
  const rows = mappings.map((m) => [
    m.UUID ?? "",
    m.State ?? "",
    (m.EventSourceArn ?? "").split(":").slice(2).join(":").replace(/:\d{12}:/, ":").replace(/^(\w+):us-east-1/, "$1"),
    (m.FunctionArn ?? "").split(":function:")[1] ?? "",
    String(m.BatchSize ?? ""),
  ]);
  const header = ["UUID", "State", "Source", "Function", "Batch size"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")}`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
  if (rows.length === 0) console.log("  (no mappings)");
}

const local = await startLocalLambda({ transitionDelayMs: 300 });
const client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
const wait = { client, maxWaitTime: 10, minDelay: 0.1, maxDelay: 0.5 };
console.log(`Local Lambda ESM service listening on ${local.endpoint} (region ${local.region}); transitions take 300 ms.`);

try {
  const sqs = await client.send(
    new CreateEventSourceMappingCommand({ FunctionName: "order-processor", EventSourceArn: QUEUE, BatchSize: 10, FilterCriteria: ORDERS_ONLY }),
  );
  const kinesis = await client.send(
    new CreateEventSourceMappingCommand({ FunctionName: "clickstream-analytics", EventSourceArn: STREAM, StartingPosition: "LATEST", BatchSize: 200 }),
  );
  table("1. Created an SQS mapping (with a filter) and a Kinesis mapping:", [sqs, kinesis]);

  const records = [{ body: JSON.stringify({ type: "order_placed", id: 1 }) }, { body: JSON.stringify({ type: "order_viewed", id: 2 }) }];
  console.log(`\n   The SQS filter is ${ORDERS_ONLY.Filters![0]!.Pattern}; evaluated locally:`);
  for (const r of records) console.log(`   ${r.body} -> ${matchesFilterCriteria(ORDERS_ONLY, r, { eventSource: "aws:sqs" }) ? "invokes the function" : "dropped"}`);

  const [sqsEnabled, kinesisEnabled] = await Promise.all([sqs, kinesis].map((m) => waitUntilEventSourceMappingEnabled(wait, { UUID: m.UUID! })));
  table("2. Waited until both are Enabled:", [sqsEnabled!.reason, kinesisEnabled!.reason] as EventSourceMappingConfiguration[]);

  let page = 0;
  for await (const result of paginateListEventSourceMappings({ client, pageSize: 1 }, {})) {
    table(`3. Listed with a page size of 1 — page ${++page}${result.NextMarker ? " (NextMarker returned)" : " (last page)"}:`, result.EventSourceMappings ?? []);
  }

  const updated = await client.send(new UpdateEventSourceMappingCommand({ UUID: kinesis.UUID!, BatchSize: 500 }));
  table("4. Raised the Kinesis batch size to 500:", [updated]);
  const disabled = await client.send(new UpdateEventSourceMappingCommand({ UUID: sqs.UUID!, Enabled: false }));
  table("5. Disabled the SQS mapping:", [disabled]);
  const settled = await Promise.all([
    waitUntilEventSourceMappingEnabled(wait, { UUID: kinesis.UUID! }),
    waitUntilEventSourceMappingDisabled(wait, { UUID: sqs.UUID! }),
  ]);
  table("6. Both changes applied:", settled.map((s) => s.reason) as EventSourceMappingConfiguration[]);

  const deleting = await Promise.all([sqs, kinesis].map((m) => client.send(new DeleteEventSourceMappingCommand({ UUID: m.UUID! }))));
  table("7. Deleted both:", deleting);
  await Promise.all([sqs, kinesis].map((m) => waitUntilEventSourceMappingDeleted(wait, { UUID: m.UUID! })));
  const remaining: EventSourceMappingConfiguration[] = [];
  for await (const result of paginateListEventSourceMappings({ client }, {})) remaining.push(...(result.EventSourceMappings ?? []));
  table("8. Waited until they are gone; the service now holds:", remaining);
  console.log("\nDone: every step went through SigV4-signed HTTP to the local service, exactly as it would to AWS Lambda.");
} finally {
  client.destroy();
  await local.close();
}
