import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateEventSourceMappingCommand, ListEventSourceMappingsCommand, createEventSourceMappingIdempotent } from "../../src/index.js";
import type { LocalLambda } from "../../src/local/index.js";
import { clientFor, sqs, startLocal } from "./support.js";

// A Create whose first attempt is stored but whose answer never comes: the client's requestTimeout fires, its retry
// meets the service's duplicate check (ResourceConflictException). The timeout only decides how long the test waits,
// not what it sees: any attempt that times out is retried the same way.
const REQUEST_TIMEOUT_MS = 1_500;

let local: LocalLambda;
beforeAll(async () => {
  local = await startLocal();
});
afterAll(() => local.close());

const timingOutClient = () => clientFor(local, { requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS }, maxAttempts: 3 });
const mappingsOf = async (fn: string) => {
  const client = clientFor(local);
  try {
    return (await client.send(new ListEventSourceMappingsCommand({ FunctionName: fn }))).EventSourceMappings ?? [];
  } finally {
    client.destroy();
  }
};

describe("createEventSourceMappingIdempotent", () => {
  it("the plain Create fails on its own retry after a stored, timed-out first attempt (the problem)", async () => {
    const client = timingOutClient();
    try {
      local.setFaults({ script: ["store-then-timeout"], operations: ["CreateEventSourceMapping"] });
      const error = await client.send(new CreateEventSourceMappingCommand({ FunctionName: "plain-fn", EventSourceArn: sqs("plain-q") })).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ResourceConflictException", $metadata: { attempts: 2 } });
      expect(await mappingsOf("plain-fn")).toHaveLength(1);
    } finally {
      local.setFaults();
      client.destroy();
    }
  });

  it("returns the mapping the timed-out first attempt created, and creates no second one", async () => {
    const client = timingOutClient();
    try {
      local.setFaults({ script: ["store-then-timeout"], operations: ["CreateEventSourceMapping"] });
      const input = { FunctionName: "retry-fn", EventSourceArn: sqs("retry-q"), BatchSize: 7, FilterCriteria: { Filters: [{ Pattern: '{"body":{"a":["x"]}}' }] } };
      const mapping = await createEventSourceMappingIdempotent(client, input);
      const stored = await mappingsOf("retry-fn");
      expect(stored).toHaveLength(1);
      expect(mapping.UUID).toBe(stored[0]!.UUID);
      expect(mapping).toMatchObject({ BatchSize: 7, EventSourceArn: sqs("retry-q") });
    } finally {
      local.setFaults();
      client.destroy();
    }
  });

  it("still fails when the existing mapping does not match the input, and on other errors", async () => {
    const client = clientFor(local);
    try {
      const first = await createEventSourceMappingIdempotent(client, { FunctionName: "other-fn", EventSourceArn: sqs("other-q"), BatchSize: 5 });
      expect(first.State).toBe("Creating");
      const again = await createEventSourceMappingIdempotent(client, { FunctionName: "other-fn", EventSourceArn: sqs("other-q"), BatchSize: 5 });
      expect(again.UUID).toBe(first.UUID);
      const different = await createEventSourceMappingIdempotent(client, { FunctionName: "other-fn", EventSourceArn: sqs("other-q"), BatchSize: 6 }).catch((e: unknown) => e);
      expect(different).toMatchObject({ name: "ResourceConflictException", message: expect.stringContaining(first.UUID!) });
      const invalid = await createEventSourceMappingIdempotent(client, { FunctionName: "other-fn", EventSourceArn: sqs("other-q"), BatchSize: 0 }).catch((e: unknown) => e);
      expect(invalid).toMatchObject({ name: "ValidationException" });
      expect(await mappingsOf("other-fn")).toHaveLength(1);
    } finally {
      client.destroy();
    }
  });
});
