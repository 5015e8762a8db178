import { LambdaClient } from "../../src/client/lambda-client.js";
import type { ScriptedResponse } from "../support/capture-server.js";

/** A UUID the model accepts. */
export const UUID = "14e0db71-5d35-4eb5-b481-8945cf9d10c2";

/** A client for a loopback endpoint with fixed credentials and no client-level retries (the waiter retries). */
export function loopbackClient(endpoint: string): LambdaClient {
  return new LambdaClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
}

/** A GetEventSourceMapping answer in the given state. */
export function mapping(state: string): ScriptedResponse {
  return { status: 200, body: JSON.stringify({ UUID, State: state, BatchSize: 10, LastModified: 1700000000 }) };
}

/** A modeled error answer. */
export function serviceError(status: number, type: string, message: string): ScriptedResponse {
  return { status, headers: { "x-amzn-errortype": type }, body: JSON.stringify({ Type: "User", Message: message }) };
}

/** Tiny delays so a test polls several times in well under a second. */
export const FAST = { minDelay: 0.01, maxDelay: 0.02 } as const;
