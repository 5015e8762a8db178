import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationInput } from "./support/arbitraries.js";
import { OPERATIONS, startClientPair, type ClientPair } from "./support/client-pair.js";
import { expectSameRequest, expectValidSignature } from "./support/compare-requests.js";
import { HTTP_HANDLER } from "./support/http-handler.js";

// Property: for random model-shaped inputs (awkward strings, nulls, odd numbers, Dates, extra keys),
// this library and the SDK send the same request — or fail the same way without sending.

const INPUT_SHAPES = {
  CreateEventSourceMapping: "CreateEventSourceMappingRequest",
  UpdateEventSourceMapping: "UpdateEventSourceMappingRequest",
  GetEventSourceMapping: "GetEventSourceMappingRequest",
  ListEventSourceMappings: "ListEventSourceMappingsRequest",
  DeleteEventSourceMapping: "DeleteEventSourceMappingRequest",
} as const;

let pair: ClientPair;
beforeAll(async () => {
  pair = await startClientPair({ maxAttempts: 1 }, { validateInput: false });
});
afterAll(() => pair.close());

describe.each(OPERATIONS)("%s with generated inputs", (operation) => {
  it("sends what the SDK sends", async () => {
    await fc.assert(
      fc.asyncProperty(operationInput(INPUT_SHAPES[operation]), async (input) => {
        const { ours, sdk } = await pair.run(operation, () => input);
        if (sdk.error || ours.error) {
          expect(ours.error?.name).toBe(sdk.error?.name);
          expect(ours.error?.message).toBe(sdk.error?.message);
          expect(ours.requests).toHaveLength(sdk.requests.length);
          return;
        }
        expect(ours.requests).toHaveLength(1);
        expectSameRequest(ours.requests[0]!, sdk.requests[0]!);
        // fetch removes "." and ".." path segments after signing, with either library (see requests-uri.test.ts).
        const uuid = (input as { UUID?: unknown }).UUID;
        if (HTTP_HANDLER === "fetch" && (String(uuid) === "." || String(uuid) === "..")) return;
        await expectValidSignature(ours.requests[0]!);
      }),
      // The fetch run repeats what the node run covers through another transport: fewer cases keep it cheap.
      { numRuns: HTTP_HANDLER === "fetch" ? 20 : 60 },
    );
  });
});
