import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  LambdaClient,
  ResourceNotFoundException,
  UpdateEventSourceMappingCommand,
} from "../../src/index.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { STATE_TABLE, type StateTransition } from "../../src/local/state-table.js";
import { renderDiagrams } from "../../scripts/docs-diagrams.js";
import { pipelineEntries } from "../../scripts/diagrams/request-pipeline.js";
import { readRepoFile } from "./doc-samples.js";

describe("docs/diagrams", () => {
  it("each checked-in SVG is what `npm run docs:diagrams` draws from the code today", async () => {
    const rendered = await renderDiagrams();
    expect(Object.keys(rendered).sort()).toEqual(["docs/diagrams/mapping-states.svg", "docs/diagrams/request-pipeline.svg"]);
    for (const [path, svg] of Object.entries(rendered)) expect(readRepoFile(path), `${path}: run npm run docs:diagrams`).toBe(svg);
  });

  it("the pipeline diagram shows every middleware of a real send, step by step, in the stack's order", () => {
    const entries = pipelineEntries();
    const names = entries.map((e) => e.name);
    expect(names.indexOf("validationMiddleware")).toBeLessThan(names.indexOf("serializerMiddleware"));
    expect(names.indexOf("retryMiddleware")).toBeLessThan(names.indexOf("httpSigningMiddleware"));
    expect(entries.find((e) => e.name === "deserializerMiddleware")?.step).toBe("deserialize");
    const svg = readRepoFile("docs/diagrams/request-pipeline.svg");
    for (const name of names) expect(svg).toContain(`>${name}</text>`);
  });

  it("the pages that explain states and the pipeline show the diagrams", () => {
    for (const page of ["docs/waiters.md", "docs/local-service.md"]) expect(readRepoFile(page)).toContain("](diagrams/mapping-states.svg)");
    expect(readRepoFile("docs/errors-and-retries.md")).toContain("](diagrams/request-pipeline.svg)");
  });
});

describe("the local service's state table is what the service does", () => {
  let local: LocalLambda;
  let client: LambdaClient;
  let queue = 0;
  beforeAll(async () => {
    local = await startLocalLambda();
    client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
  });
  afterAll(async () => {
    client.destroy();
    await local.close();
  });

  /** Sends the row's request (after creating its `from` state) and returns the state answered, then the state settled. */
  async function run(row: StateTransition): Promise<{ answered?: string; settled: string }> {
    const source = { FunctionName: "f", EventSourceArn: `arn:aws:sqs:${local.region}:123456789012:q${queue++}` };
    if (row.operation === "CreateEventSourceMapping") {
      const created = await client.send(new CreateEventSourceMappingCommand({ ...source, Enabled: row.to === "Enabled" }));
      return { answered: created.State, settled: await settledState(created.UUID!) };
    }
    const { UUID } = await client.send(new CreateEventSourceMappingCommand({ ...source, Enabled: row.from === "Enabled" }));
    expect(await settledState(UUID!)).toBe(row.from);
    const answer =
      row.operation === "DeleteEventSourceMapping"
        ? await client.send(new DeleteEventSourceMappingCommand({ UUID }))
        : await client.send(new UpdateEventSourceMappingCommand({ UUID, ...(row.to === row.from ? { BatchSize: 5 } : { Enabled: row.to === "Enabled" }) }));
    return { answered: answer.State, settled: await settledState(UUID!) };
  }

  /** The state Get shows once the change is done (transitionDelayMs is 0), or "Deleted" for a 404. */
  async function settledState(UUID: string): Promise<string> {
    try {
      return (await client.send(new GetEventSourceMappingCommand({ UUID }))).State!;
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return "Deleted";
      throw error;
    }
  }

  it.each(STATE_TABLE.map((row) => ({ ...row, title: `${row.operation} from ${row.from ?? "(new)"}, ${row.when}` })))(
    "$title answers $via and ends $to",
    async (row) => {
      expect(await run(row)).toEqual({ answered: row.via ?? row.to, settled: row.to });
    },
  );
});
