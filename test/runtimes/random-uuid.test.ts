import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { afterEach, expect, it } from "vitest";
import { LambdaClient, ListEventSourceMappingsCommand } from "../../src/index.js";
import { randomUuid } from "../../src/runtime/random-uuid.js";

// A browser page that is not a secure context (plain http from another machine) has crypto.getRandomValues but no
// crypto.randomUUID: the invocation id must come from the former there.

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), "randomUUID")!;

/** Hides crypto.randomUUID as an insecure browser context does. */
function withoutRandomUuid(): void {
  Object.defineProperty(Object.getPrototypeOf(globalThis.crypto), "randomUUID", { value: undefined, configurable: true, writable: true });
  expect(globalThis.crypto.randomUUID).toBeUndefined();
}
afterEach(() => {
  Object.defineProperty(Object.getPrototypeOf(globalThis.crypto), "randomUUID", descriptor);
});

it("makes version 4 UUIDs from getRandomValues when randomUUID is missing", () => {
  withoutRandomUuid();
  const ids = Array.from({ length: 200 }, () => randomUuid());
  for (const id of ids) expect(id).toMatch(UUID_V4);
  expect(new Set(ids).size).toBe(ids.length);
});

it("a client sends an amz-sdk-invocation-id without crypto.randomUUID", async () => {
  withoutRandomUuid();
  const seen: string[] = [];
  const requestHandler = {
    handle: async (request: HttpRequest) => {
      seen.push(String(request.headers["amz-sdk-invocation-id"]));
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json" }, body: new TextEncoder().encode('{"EventSourceMappings":[]}') }) };
    },
  };
  const client = new LambdaClient({ region: "us-east-1", endpoint: "http://127.0.0.1:9", credentials: { accessKeyId: "a", secretAccessKey: "b" }, requestHandler });
  await client.send(new ListEventSourceMappingsCommand({}));
  await client.send(new ListEventSourceMappingsCommand({}));
  client.destroy();
  expect(seen).toHaveLength(2);
  for (const id of seen) expect(id).toMatch(UUID_V4);
  expect(seen[0]).not.toBe(seen[1]);
});
