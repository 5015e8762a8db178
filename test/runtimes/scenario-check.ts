import { expect } from "vitest";
import type { ScenarioResult } from "./scenario.js";

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Asserts what {@link runScenario} saw, the same for every runtime: the states the service moves through, the
 * update visible, the mapping gone, request ids read from the answers (so the response headers reached the client),
 * the clock corrected, and the modeled error with its class, name, fault and `$metadata`. `handler` is the class the
 * client sent with (`FetchHttpHandler` wherever `node:http` is absent, or where it was chosen).
 */
export function checkScenario(result: ScenarioResult, handler: RegExp): void {
  expect(result.handler).toMatch(handler);
  expect(result.created).toMatchObject({ state: "Creating", status: 202 });
  expect(result.created.requestId).toMatch(REQUEST_ID);
  expect(result.enabledState).toBe("SUCCESS");
  expect(result.listed).toEqual([result.created.uuid]);
  expect(result.updated).toEqual({ state: "Updating", batchSize: 5 });
  expect(result.afterUpdate).toEqual({ state: "Enabled", batchSize: 5 });
  expect(result.deleted).toEqual({ state: "Deleting", status: 202 });
  expect(result.afterDelete).toEqual([]);
  expect(result.skewed).toEqual({ status: 200, attempts: 2 });
  expect(result.error).toMatchObject({ name: "ResourceNotFoundException", isNotFound: true, isServiceException: true, fault: "client", status: 404, attempts: 1 });
  expect(result.error.requestId).toMatch(REQUEST_ID);
  expect(result.error.message).toMatch(/does not exist/);
}
