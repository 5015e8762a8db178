import { afterAll, beforeAll, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { runScenario } from "./scenario.js";
import { checkScenario } from "./scenario-check.js";

// The runtime scenario on Node with the fetch handler chosen (Node's own fetch, undici), and with the default handler
// for contrast: the same answers either way. Chromium and Deno run it in browser.test.ts and deno.test.ts.

let local: LocalLambda;
beforeAll(async () => {
  local = await startLocalLambda({ transitionDelayMs: 200 });
});
afterAll(() => local?.close());

const target = (functionName: string) => ({ endpoint: local.endpoint, region: local.region, credentials: local.credentials, functionName });

it("creates, waits for, lists, updates and deletes a mapping with FetchHttpHandler, and gets the modeled error", async () => {
  checkScenario(await runScenario(lib, target("node-fetch"), { requestHandler: new lib.FetchHttpHandler() }), /^FetchHttpHandler$/);
}, 120_000);

it("does the same with the default handler, which on Node is NodeHttpHandler", async () => {
  const result = await runScenario(lib, target("node-default"));
  checkScenario(result, /^NodeHttpHandler$/);
  expect(result.handler).not.toBe("FetchHttpHandler");
}, 120_000);
