import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import {
  CreateEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  Lambda,
  LambdaClient,
  ListEventSourceMappingsCommand,
  paginateListEventSourceMappings,
  ResourceNotFoundException,
  TooManyRequestsException,
} from "../../src/index.js";

// aws-sdk-client-mock, the usual way SDK code is unit-tested, works unchanged with this client.

const restore: Array<() => void> = [];
afterEach(() => {
  restore.splice(0).forEach((fn) => fn());
});

function mockLambdaClient() {
  const mock = mockClient(LambdaClient);
  restore.push(() => mock.restore());
  return mock;
}

describe("mockClient(LambdaClient)", () => {
  it("resolves per command, and per input when given", async () => {
    const mock = mockLambdaClient();
    mock.on(GetEventSourceMappingCommand).resolves({ UUID: "any", State: "Enabled" });
    mock.on(GetEventSourceMappingCommand, { UUID: "special" }).resolves({ UUID: "special", State: "Disabled" });
    const client = new LambdaClient({ region: "us-east-1" });
    expect(await client.send(new GetEventSourceMappingCommand({ UUID: "x" }))).toEqual({ UUID: "any", State: "Enabled" });
    expect(await client.send(new GetEventSourceMappingCommand({ UUID: "special" }))).toEqual({ UUID: "special", State: "Disabled" });
  });

  it("rejects with a modeled exception or a message", async () => {
    const mock = mockLambdaClient();
    mock.on(GetEventSourceMappingCommand).rejects(new ResourceNotFoundException({ $metadata: {}, message: "gone", Type: "User" }));
    mock.on(CreateEventSourceMappingCommand).rejects("boom");
    const client = new LambdaClient({ region: "us-east-1" });
    const error = await client.send(new GetEventSourceMappingCommand({ UUID: "x" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ name: "ResourceNotFoundException", message: "gone", Type: "User", $fault: "client" });
    await expect(client.send(new CreateEventSourceMappingCommand({ FunctionName: "f" }))).rejects.toThrow("boom");
  });

  it("calls a fake with the input, and records calls()", async () => {
    const mock = mockLambdaClient();
    mock.on(ListEventSourceMappingsCommand).callsFake(async (input: { Marker?: string }) => ({ NextMarker: input.Marker ? undefined : "page-2", EventSourceMappings: [{ UUID: input.Marker ?? "first" }] }));
    const client = new LambdaClient({ region: "us-east-1" });
    const pages = [];
    for await (const page of paginateListEventSourceMappings({ client }, { FunctionName: "f" })) pages.push(page);
    expect(pages.map((p) => p.EventSourceMappings?.[0]?.UUID)).toEqual(["first", "page-2"]);
    expect(mock.calls()).toHaveLength(2);
    expect(mock.commandCalls(ListEventSourceMappingsCommand).map((call) => call.args[0].input)).toEqual([
      { FunctionName: "f", Marker: "page-2", MaxItems: undefined },
      { FunctionName: "f", Marker: "page-2", MaxItems: undefined },
    ]);
    expect(mock.commandCalls(GetEventSourceMappingCommand)).toHaveLength(0);
  });

  it("also mocks the aggregated Lambda client and a single instance", async () => {
    const mock = mockLambdaClient();
    mock.on(GetEventSourceMappingCommand).resolves({ UUID: "from-mock" });
    expect(await new Lambda({ region: "us-east-1" }).getEventSourceMapping({ UUID: "x" })).toEqual({ UUID: "from-mock" });
    mock.restore();

    const client = new LambdaClient({ region: "us-east-1" });
    const instanceMock = mockClient(client);
    restore.push(() => instanceMock.restore());
    instanceMock.on(GetEventSourceMappingCommand).rejects(new TooManyRequestsException({ $metadata: {}, message: "slow", retryAfterSeconds: "1" }));
    await expect(client.send(new GetEventSourceMappingCommand({ UUID: "x" }))).rejects.toBeInstanceOf(TooManyRequestsException);
    expect(instanceMock.calls()).toHaveLength(1);
  });

  it("resolvesOnce chains and reset() clears behaviors and calls", async () => {
    const mock = mockLambdaClient();
    mock.on(GetEventSourceMappingCommand).resolvesOnce({ State: "Creating" }).resolvesOnce({ State: "Enabling" }).resolves({ State: "Enabled" });
    const client = new LambdaClient({ region: "us-east-1" });
    const states = [];
    for (let i = 0; i < 4; i++) states.push((await client.send(new GetEventSourceMappingCommand({ UUID: "x" }))).State);
    expect(states).toEqual(["Creating", "Enabling", "Enabled", "Enabled"]);
    mock.reset();
    expect(mock.calls()).toHaveLength(0);
    expect(await client.send(new GetEventSourceMappingCommand({ UUID: "x" }))).toBeUndefined();
  });
});
