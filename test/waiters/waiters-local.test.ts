import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LambdaClient } from "../../src/client/lambda-client.js";
import { CreateEventSourceMappingCommand } from "../../src/commands/create-event-source-mapping-command.js";
import { DeleteEventSourceMappingCommand } from "../../src/commands/delete-event-source-mapping-command.js";
import { UpdateEventSourceMappingCommand } from "../../src/commands/update-event-source-mapping-command.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import {
  waitUntilEventSourceMappingDeleted,
  waitUntilEventSourceMappingDisabled,
  waitUntilEventSourceMappingEnabled,
  waitUntilEventSourceMappingStable,
  type EventSourceMappingWaiterError,
} from "../../src/waiters/index.js";

// The waiters against the local service's real state machine (transitions last 50 ms).

let local: LocalLambda;
let client: LambdaClient;
beforeAll(async () => {
  local = await startLocalLambda({ port: 0, transitionDelayMs: 50 });
  client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
});
afterAll(async () => {
  client.destroy();
  await local.close();
});

const timing = { maxWaitTime: 60, minDelay: 0.02, maxDelay: 0.05 };

describe("waiters on the local service", () => {
  it("follow a mapping through its whole life cycle", async () => {
    const { UUID } = await client.send(
      new CreateEventSourceMappingCommand({ FunctionName: "fn", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q" }),
    );
    const enabled = await waitUntilEventSourceMappingEnabled({ client, ...timing }, { UUID: UUID! });
    expect(enabled).toMatchObject({ state: "SUCCESS", reason: { UUID, State: "Enabled" } });

    const updating = await client.send(new UpdateEventSourceMappingCommand({ UUID: UUID!, BatchSize: 3 }));
    expect(updating.State).toBe("Updating");
    const stable = await waitUntilEventSourceMappingStable({ client, ...timing }, { UUID: UUID! });
    expect(stable.reason).toMatchObject({ State: "Enabled", BatchSize: 3 });

    await client.send(new UpdateEventSourceMappingCommand({ UUID: UUID!, Enabled: false }));
    const disabled = await waitUntilEventSourceMappingDisabled({ client, ...timing }, { UUID: UUID! });
    expect(disabled.reason.State).toBe("Disabled");
    const wrongWay = await waitUntilEventSourceMappingEnabled({ client, ...timing }, { UUID: UUID! }).catch((e: unknown) => e);
    expect(wrongWay).toMatchObject({ state: "FAILURE", reason: { State: "Disabled" } });

    await client.send(new DeleteEventSourceMappingCommand({ UUID: UUID! }));
    const deleted = await waitUntilEventSourceMappingDeleted({ client, ...timing }, { UUID: UUID! });
    expect(deleted).toMatchObject({ state: "SUCCESS", reason: { name: "ResourceNotFoundException" } });
    const gone = (await waitUntilEventSourceMappingStable({ client, ...timing }, { UUID: UUID! }).catch((e: unknown) => e)) as EventSourceMappingWaiterError;
    expect(gone.state).toBe("FAILURE");
    expect(gone.reason).toMatchObject({ name: "ResourceNotFoundException" });
  });
});
