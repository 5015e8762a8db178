import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEventSourceMappings, planEventSourceMappings, type DesiredEventSourceMapping } from "../../src/index.js";
import { CreateEventSourceMappingCommand } from "../../src/index.js";
import { desiredIdentity } from "../../src/apply/mapping-identity.js";
import { FAST_WAIT, clientFor, kinesis, msk, sqs, startLocal } from "./support.js";

// For random desired sets and random starting states: apply (with pruning and replacement allowed), then plan again,
// and the plan is empty. Few runs, one fresh local service each, instant transitions: the point is the many
// combinations of create / update / replace / delete / unchanged in one apply, not volume.

const FUNCTIONS = ["prop-a", "prop-a:live", "arn:aws:lambda:us-east-1:123456789012:function:prop-b"] as const;
const PATTERNS = ['{"body":{"kind":["a"]}}', '{"body":{"kind":["b","c"]}}', '{"data":{"n":[{"numeric":[">",5]}]}}'];

const filters = fc.option(fc.subarray(PATTERNS, { minLength: 1 }).map((ps) => ({ Filters: ps.map((Pattern) => ({ Pattern })) })), { nil: undefined });
const enabled = fc.option(fc.boolean(), { nil: undefined });

const mapping: fc.Arbitrary<DesiredEventSourceMapping> = fc.oneof(
  fc.record({
    FunctionName: fc.constantFrom(...FUNCTIONS),
    EventSourceArn: fc.constantFrom(sqs("prop-1"), sqs("prop-2")),
    BatchSize: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    Enabled: enabled,
    FilterCriteria: filters,
    FunctionResponseTypes: fc.option(fc.constant(["ReportBatchItemFailures"] as ("ReportBatchItemFailures")[]), { nil: undefined }),
  }),
  fc.record({
    FunctionName: fc.constantFrom(...FUNCTIONS),
    EventSourceArn: fc.constant(kinesis("prop-s")),
    StartingPosition: fc.constantFrom("LATEST" as const, "TRIM_HORIZON" as const),
    BatchSize: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    MaximumRetryAttempts: fc.option(fc.integer({ min: -1, max: 20 }), { nil: undefined }),
    Enabled: enabled,
    FilterCriteria: filters,
  }),
  fc.record({
    FunctionName: fc.constantFrom(...FUNCTIONS),
    EventSourceArn: fc.constant(msk("prop-c")),
    Topics: fc.constantFrom<string[]>(["orders"], ["payments"]),
    StartingPosition: fc.constantFrom("LATEST" as const, "TRIM_HORIZON" as const),
    BatchSize: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    AmazonManagedKafkaEventSourceConfig: fc.option(fc.constantFrom({ ConsumerGroupId: "g1" }, { ConsumerGroupId: "g2" }), { nil: undefined }),
  }),
);

/** Drops undefined members and keeps one mapping per identity (the service allows no duplicates). */
const uniqueSet = (mappings: DesiredEventSourceMapping[]) => {
  const seen = new Map<string, DesiredEventSourceMapping>();
  for (const m of mappings) seen.set(desiredIdentity(m), Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as DesiredEventSourceMapping);
  return [...seen.values()];
};

describe("apply then plan", () => {
  it("is always empty, whatever the desired set and the starting state", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mapping, { maxLength: 6 }).map(uniqueSet), fc.array(mapping, { maxLength: 6 }).map(uniqueSet), async (desired, start) => {
        const local = await startLocal({ transitionDelayMs: 0 });
        const client = clientFor(local);
        try {
          for (const input of start) await client.send(new CreateEventSourceMappingCommand(input));
          const prune = FUNCTIONS.map((f) => ({ function: f }));
          await applyEventSourceMappings(client, desired, { prune, allowReplace: true, wait: FAST_WAIT });
          const plan = await planEventSourceMappings(client, desired, { prune });
          expect(plan.changes.filter((c) => c.action !== "unchanged")).toEqual([]);
          expect(plan.changes).toHaveLength(desired.length);
        } finally {
          client.destroy();
          await local.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
