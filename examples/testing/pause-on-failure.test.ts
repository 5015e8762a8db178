// A test suite for examples/pause-on-failure/handler.ts, against the local service: real HTTP, real states, no
// mocks. In a project of your own it runs with `npx vitest run`; here test/examples/pause-on-failure.test.ts runs it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient } from "lambda-event-source-mappings";
import { startLocalLambda, type LocalLambda } from "lambda-event-source-mappings/local";
import { createHandler, type AlarmStateChangeEvent } from "../pause-on-failure/handler.js";

const alarm = (value: "OK" | "ALARM" | "INSUFFICIENT_DATA"): AlarmStateChangeEvent => ({
  "detail-type": "CloudWatch Alarm State Change",
  detail: { alarmName: "payments-api-errors", state: { value } },
});

let local: LocalLambda;
let client: LambdaClient;
let queues = 0;
const mapping = async (FunctionName: string, Enabled = true) =>
  (await client.send(new CreateEventSourceMappingCommand({ FunctionName, EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:q${queues++}`, Enabled }))).UUID!;
const state = async (UUID: string) => (await client.send(new GetEventSourceMappingCommand({ UUID }))).State;

beforeAll(async () => {
  // Transitions take a little time, so the handler meets mappings that are still Creating, as it would on AWS.
  local = await startLocalLambda({ transitionDelayMs: 100 });
  client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
});
afterAll(async () => {
  client.destroy();
  await local.close();
});

describe("pause on downstream failure", () => {
  let handle: ReturnType<typeof createHandler>;
  let consumer: string;
  beforeEach(() => {
    consumer = `consumer-${queues}`;
    handle = createHandler({ client, functionName: consumer, maxWaitTime: 10 });
  });

  it("ALARM disables the consumer's mappings, and only the consumer's", async () => {
    const [a, b] = [await mapping(consumer), await mapping(consumer)]; // both still Creating
    const other = await mapping("another-function");
    const result = await handle(alarm("ALARM"));
    expect(result.action).toBe("paused");
    expect(result.changed.sort()).toEqual([a, b].sort());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([await state(a), await state(b), await state(other)]).toEqual(["Disabled", "Disabled", "Enabled"]);
  });

  it("OK enables them again; a second OK changes nothing", async () => {
    const a = await mapping(consumer);
    await handle(alarm("ALARM"));
    const resumed = await handle(alarm("OK"));
    expect(resumed).toEqual({ action: "resumed", changed: [a] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await state(a)).toBe("Enabled");
    expect(await handle(alarm("OK"))).toEqual({ action: "resumed", changed: [] });
  });

  it("INSUFFICIENT_DATA and other events change nothing", async () => {
    const a = await mapping(consumer);
    expect(await handle(alarm("INSUFFICIENT_DATA"))).toEqual({ action: "ignored", changed: [] });
    expect(await handle({ ...alarm("ALARM"), "detail-type": "EC2 Instance State-change Notification" })).toEqual({ action: "ignored", changed: [] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await state(a)).toBe("Enabled");
  });

  it("a throttled service is retried by the client, and the pause still happens", async () => {
    const a = await mapping(consumer);
    local.setFaults({ script: ["throttle", "throttle"] });
    try {
      expect((await handle(alarm("ALARM"))).changed).toEqual([a]);
    } finally {
      local.setFaults();
    }
  });
});
