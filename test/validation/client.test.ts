import { LambdaClient as SdkLambdaClient, CreateEventSourceMappingCommand as SdkCreate, ListEventSourceMappingsCommand as SdkList } from "@aws-sdk/client-lambda";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LambdaClient } from "../../src/client/lambda-client.js";
import { CreateEventSourceMappingCommand } from "../../src/commands/create-event-source-mapping-command.js";
import { GetEventSourceMappingCommand } from "../../src/commands/get-event-source-mapping-command.js";
import { ListEventSourceMappingsCommand } from "../../src/commands/list-event-source-mappings-command.js";
import { UpdateEventSourceMappingCommand } from "../../src/commands/update-event-source-mapping-command.js";
import { InvalidParameterValueException, LambdaServiceException } from "../../src/models/errors.js";
import type { CreateEventSourceMappingRequest } from "../../src/models/shapes.js";
import { type CaptureServer, startCaptureServer } from "../support/capture-server.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
let server: CaptureServer;
const clients: { destroy(): void }[] = [];
const client = (validateInput?: boolean) => {
  const c = new LambdaClient({ region: "us-east-1", credentials, endpoint: server.endpoint, maxAttempts: 1, ...(validateInput === undefined ? {} : { validateInput }) });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startCaptureServer();
});
afterEach(() => {
  server.requests.length = 0;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

const invalidCreate = {
  FunctionName: "my-function",
  BatchSize: 0,
  Topics: [".orders"],
  DestinationConfig: { OnFailure: { Destination: "not-an-arn" } },
} satisfies CreateEventSourceMappingRequest;

describe("the client validates before sending (validateInput defaults to true)", () => {
  it("throws the service's ValidationException (a LambdaServiceException, $fault client) with its message, and sends nothing", async () => {
    const error: unknown = await client().send(new CreateEventSourceMappingCommand(invalidCreate)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaServiceException);
    expect(error).not.toBeInstanceOf(InvalidParameterValueException);
    const e = error as LambdaServiceException;
    expect([e.name, e.$fault]).toEqual(["ValidationException", "client"]);
    expect(e.message.split("; ")).toEqual([
      "3 validation errors detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      expect.stringMatching(/^Value 'not-an-arn' at 'destinationConfig\.onFailure\.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: /),
      expect.stringMatching(/^Value '\[\.orders\]' at 'topics' failed to satisfy constraint: Member must satisfy constraint: \[/),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a bad FilterCriteria pattern with Lambda's InvalidParameterValueException and a missing label with a ValidationException", async () => {
    const badFilter = { UUID: "u-1", FilterCriteria: { Filters: [{ Pattern: '{"body":{"a":"b"}}' }] } };
    await expect(client().send(new UpdateEventSourceMappingCommand(badFilter))).rejects.toThrow(
      expect.objectContaining({ name: "InvalidParameterValueException", message: "Invalid filter pattern definition.", Type: "User" }),
    );
    await expect(client().send(new GetEventSourceMappingCommand({} as { UUID: string }))).rejects.toThrow(
      expect.objectContaining({ name: "ValidationException", message: "1 validation error detected: Value null at 'uUID' failed to satisfy constraint: Member must not be null" }),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("sends a valid input unchanged", async () => {
    server.respond({ status: 202, body: JSON.stringify({ UUID: "u-1", State: "Creating" }) });
    const valid = { FunctionName: "my-function", EventSourceArn: "arn:aws:kafka:us-east-1:123456789012:cluster/c/1", Topics: ["orders"], BatchSize: 100 };
    const output = await client().send(new CreateEventSourceMappingCommand(valid));
    expect(output.UUID).toBe("u-1");
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ FunctionName: "my-function", EventSourceArn: valid.EventSourceArn, BatchSize: 100, Topics: ["orders"] });
    server.respond({ status: 200, body: "{}" });
  });

  it("accepts numeric text in a query member, which goes out exactly as the number would", async () => {
    await client().send(new ListEventSourceMappingsCommand({ MaxItems: "5" as unknown as number }));
    expect(server.requests.map((r) => r.query)).toEqual(["MaxItems=5"]);
  });
});

describe("validateInput: false", () => {
  it("sends an input the model rejects, as @aws-sdk/client-lambda does", async () => {
    await client(false).send(new CreateEventSourceMappingCommand(invalidCreate));
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ BatchSize: 0, Topics: [".orders"] });
  });
});

describe("what @aws-sdk/client-lambda sends (why types are checked per binding)", () => {
  const sdk = () => {
    const c = new SdkLambdaClient({ region: "us-east-1", credentials, endpoint: server.endpoint, maxAttempts: 1 });
    clients.push(c);
    return c;
  };

  it("writes a body value by its JS type, so a string for an integer reaches the service as a JSON string", async () => {
    const input = { FunctionName: "f", BatchSize: "10", Enabled: "true", StartingPositionTimestamp: "2024-01-01" };
    await sdk().send(new SdkCreate(input as unknown as ConstructorParameters<typeof SdkCreate>[0]));
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ BatchSize: "10", Enabled: "true", StartingPositionTimestamp: "2024-01-01" });
  });

  it("sends the same query text for 5 and \"5\"", async () => {
    await sdk().send(new SdkList({ MaxItems: 5 }));
    await sdk().send(new SdkList({ MaxItems: "5" as unknown as number }));
    expect(server.requests.map((r) => r.query)).toEqual(["MaxItems=5", "MaxItems=5"]);
  });
});
