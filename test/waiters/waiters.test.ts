import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";
import {
  waitForEventSourceMappingEnabled,
  waitUntilEventSourceMappingDeleted,
  waitUntilEventSourceMappingDisabled,
  waitUntilEventSourceMappingEnabled,
  waitUntilEventSourceMappingStable,
  type EventSourceMappingWaiterError,
} from "../../src/waiters/index.js";
import type { LambdaClient } from "../../src/client/lambda-client.js";
import { FAST, loopbackClient, mapping, serviceError, UUID } from "./support.js";

let server: CaptureServer;
let client: LambdaClient;
beforeAll(async () => {
  server = await startCaptureServer();
  client = loopbackClient(server.endpoint);
});
afterAll(async () => {
  client.destroy();
  await server.close();
});
afterEach(() => {
  server.requests.length = 0;
  server.respond({ status: 200, body: "{}" });
});

const notFound = serviceError(404, "ResourceNotFoundException", `The resource you requested does not exist. (Service: Lambda, Status Code: 404)`);

/** Runs a waiter that must throw and returns the error. */
async function rejection(promise: Promise<unknown>): Promise<EventSourceMappingWaiterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as EventSourceMappingWaiterError;
}

describe("waitUntilEventSourceMappingEnabled", () => {
  it("polls GetEventSourceMapping through transitional states and resolves with the last output", async () => {
    server.queue(mapping("Creating"), mapping("Enabling"), mapping("Enabled"));
    const result = await waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.state).toBe("SUCCESS");
    expect(result.reason).toMatchObject({ UUID, State: "Enabled", BatchSize: 10 });
    expect(result.reason.LastModified).toEqual(new Date(1700000000 * 1000));
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      Array(3).fill(`GET /2015-03-31/event-source-mappings/${UUID}`),
    );
  });

  it("fails fast when the mapping settles Disabled, with the SDK's error shape plus state and reason", async () => {
    server.queue(mapping("Enabling"), mapping("Disabled"));
    server.respond(mapping("Enabled"));
    const error = await rejection(waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, { UUID }));
    expect(error.name).toBe("Error");
    expect(error.state).toBe("FAILURE");
    expect(error.reason).toMatchObject({ State: "Disabled" });
    const parsed = JSON.parse(error.message);
    expect(parsed).toMatchObject({ state: "FAILURE", reason: { State: "Disabled" }, observedResponses: { "200: OK": 2 } });
    expect(server.requests).toHaveLength(2);
  });

  it("fails fast when the mapping is gone (ResourceNotFoundException)", async () => {
    server.queue(mapping("Enabling"), notFound);
    server.respond(mapping("Enabled"));
    const error = await rejection(waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, { UUID }));
    expect(error.state).toBe("FAILURE");
    expect(error.reason).toMatchObject({ name: "ResourceNotFoundException", $fault: "client" });
    expect(JSON.parse(error.message).observedResponses).toMatchObject({ "404: The resource you requested does not exist. (Service: Lambda, Status Code: 404)": 1 });
    expect(server.requests).toHaveLength(2);
  });

  it("keeps polling through throttling and server errors, as the SDK's waiters do", async () => {
    server.queue(
      serviceError(429, "TooManyRequestsException", "Rate exceeded"),
      serviceError(500, "ServiceException", "internal"),
      mapping("Enabled"),
    );
    const result = await waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.state).toBe("SUCCESS");
    expect(result.observedResponses).toEqual({ "429: Rate exceeded": 1, "500: internal": 1, "200: OK": 1 });
  });

  it("times out with a TimeoutError that carries the last observed output", async () => {
    server.respond(mapping("Enabling"));
    const error = await rejection(waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 2, ...FAST }, { UUID }));
    expect(error.name).toBe("TimeoutError");
    expect(error.state).toBe("TIMEOUT");
    expect(error.reason).toMatchObject({ State: "Enabling" });
    expect(JSON.parse(error.message)).toMatchObject({ state: "TIMEOUT", reason: "Waiter has timed out", final: { State: "Enabling" } });
    expect(server.requests.length).toBeGreaterThan(1);
  });

  it("throws the SDK's AbortError when aborted, with the state and the last observation", async () => {
    const controller = new AbortController();
    server.respond(() => {
      controller.abort();
      return mapping("Enabling");
    });
    const error = await rejection(
      waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, minDelay: 30, maxDelay: 60, abortSignal: controller.signal }, { UUID }),
    );
    expect(error.name).toBe("AbortError");
    expect(error.state).toBe("ABORTED");
    expect(JSON.parse(error.message)).toMatchObject({ state: "ABORTED", reason: "Request was aborted" });
    expect(server.requests).toHaveLength(1);
  });

  it("fails fast when the service rejects the UUID (InvalidParameterValueException)", async () => {
    server.queue(serviceError(400, "InvalidParameterValueException", "1 validation error detected"));
    server.respond(mapping("Enabled"));
    const error = await rejection(waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, { UUID }));
    expect(error.state).toBe("FAILURE");
    expect(error.reason).toMatchObject({ name: "InvalidParameterValueException" });
    expect(server.requests).toHaveLength(1);
  });

  it.each([{}, { UUID: "" }])("rejects input %j up front without sending", async (input) => {
    const run = waitUntilEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, input as { UUID: string });
    await expect(run).rejects.toThrow(/^Waiter input\.UUID must be a non-empty string/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("waitForEventSourceMappingEnabled (the non-throwing variant)", () => {
  it("returns a FAILURE result instead of throwing", async () => {
    server.queue(mapping("Disabled"));
    const result = await waitForEventSourceMappingEnabled({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.state).toBe("FAILURE");
    expect(result.reason).toMatchObject({ State: "Disabled" });
  });
});

describe("waitUntilEventSourceMappingDisabled", () => {
  it("resolves once the mapping is Disabled", async () => {
    server.queue(mapping("Disabling"), mapping("Disabled"));
    const result = await waitUntilEventSourceMappingDisabled({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.reason).toMatchObject({ State: "Disabled" });
    expect(server.requests).toHaveLength(2);
  });

  it("fails fast when the mapping settles Enabled or is gone", async () => {
    server.queue(mapping("Enabled"));
    expect((await rejection(waitUntilEventSourceMappingDisabled({ client, maxWaitTime: 60, ...FAST }, { UUID }))).reason).toMatchObject({ State: "Enabled" });
    server.queue(notFound);
    expect((await rejection(waitUntilEventSourceMappingDisabled({ client, maxWaitTime: 60, ...FAST }, { UUID }))).reason).toMatchObject({
      name: "ResourceNotFoundException",
    });
  });
});

describe("waitUntilEventSourceMappingDeleted", () => {
  it("succeeds on ResourceNotFoundException after polling through Deleting", async () => {
    server.queue(mapping("Deleting"), mapping("Deleting"), notFound);
    const result = await waitUntilEventSourceMappingDeleted({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.state).toBe("SUCCESS");
    expect(result.reason).toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 404 } });
    expect(server.requests).toHaveLength(3);
  });

  it("keeps polling a mapping that still exists in a settled state", async () => {
    server.queue(mapping("Enabled"), notFound);
    const result = await waitUntilEventSourceMappingDeleted({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.state).toBe("SUCCESS");
    expect(server.requests).toHaveLength(2);
  });
});

describe("waitUntilEventSourceMappingStable", () => {
  it.each(["Enabled", "Disabled"])("resolves when the mapping leaves Updating for %s", async (settled) => {
    server.queue(mapping("Updating"), mapping("Creating"), mapping(settled));
    const result = await waitUntilEventSourceMappingStable({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.reason).toMatchObject({ State: settled });
    expect(server.requests).toHaveLength(3);
  });

  it("polls through every transitional state", async () => {
    server.queue(...["Creating", "Enabling", "Disabling", "Updating", "Deleting"].map(mapping), mapping("Enabled"));
    const result = await waitUntilEventSourceMappingStable({ client, maxWaitTime: 60, ...FAST }, { UUID });
    expect(result.reason).toMatchObject({ State: "Enabled" });
    expect(server.requests).toHaveLength(6);
  });

  it("fails when the mapping is gone", async () => {
    server.queue(mapping("Deleting"), notFound);
    const error = await rejection(waitUntilEventSourceMappingStable({ client, maxWaitTime: 60, ...FAST }, { UUID }));
    expect(error.state).toBe("FAILURE");
    expect(error.reason).toMatchObject({ name: "ResourceNotFoundException" });
  });
});
