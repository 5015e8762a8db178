import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient, ResourceConflictException } from "../../src/index.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";

describe("code that manages event source mappings", () => {
  let local: LocalLambda;
  let client: LambdaClient;

  beforeAll(async () => {
    local = await startLocalLambda(); // ephemeral port, in memory
    client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
  });

  afterAll(async () => {
    client.destroy();
    await local.close();
  });

  it("creates a mapping that becomes Enabled", async () => {
    const created = await client.send(
      new CreateEventSourceMappingCommand({ FunctionName: "my-fn", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue" }),
    );
    expect(created.State).toBe("Creating");
    expect(created.BatchSize).toBe(10); // the service's SQS default

    const current = await client.send(new GetEventSourceMappingCommand({ UUID: created.UUID! }));
    expect(current.State).toBe("Enabled"); // transitionDelayMs defaults to 0
  });

  it("refuses a duplicate mapping as Lambda does", async () => {
    const duplicate = new CreateEventSourceMappingCommand({ FunctionName: "my-fn", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue" });
    await expect(client.send(duplicate)).rejects.toBeInstanceOf(ResourceConflictException);
  });
});
