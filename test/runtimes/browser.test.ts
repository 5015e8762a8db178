import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LambdaClient, ListEventSourceMappingsCommand } from "../../src/index.js";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { thirdPartyTool } from "../support/third-party-tool.js";
import { bundleFixture } from "./bundle-fixture.js";
import type { ScenarioResult, ScenarioTarget } from "./scenario.js";
import { checkScenario } from "./scenario-check.js";

// The runtime scenario in headless Chromium (Debian's `chromium`, installed by .ci/run, driven by playwright-core): a
// page bundled from the package's browser build (esbuild --platform=browser, through `exports`; needs `npm run build`)
// is served from one loopback port and calls the local service on another, so every request is cross-origin and
// goes through the service's CORS answers. Skipped with a notice where Chromium is missing, except under CI.

const CHROMIUM = "/usr/bin/chromium";
// Launching a browser on a loaded 2-core machine can take a while; the limits are there to catch a hang.
const BROWSER_TIMEOUT_MS = 180_000;
const available = thirdPartyTool("Chromium", [CHROMIUM, "--version"]);

describe.runIf(available)("in headless Chromium", () => {
  let browser: Browser;
  let pageServer: Server;
  let pageUrl: string;
  let inputs: string[];
  let script: string;
  let local: LocalLambda;
  let localhostOnly: LocalLambda;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const bundle = await bundleFixture("browser-entry.ts", { write: false });
    expect(bundle.warnings).toEqual([]);
    inputs = Object.keys(bundle.metafile.inputs);
    script = bundle.outputFiles![0]!.text;
    const sdkBundle = await bundleFixture("browser-sdk-entry.ts", { write: false });
    const sdkScript = sdkBundle.outputFiles![0]!.text;
    const html = '<!doctype html><meta charset="utf-8"><title>esm</title><script type="module" src="/app.js"></script><script type="module" src="/sdk.js"></script>';
    pageServer = createServer((req, res) => {
      const [type, body] = req.url === "/app.js" ? ["text/javascript", script] : req.url === "/sdk.js" ? ["text/javascript", sdkScript] : ["text/html", html];
      res.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(body);
    });
    await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
    pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/`;
    [local, localhostOnly] = await Promise.all([startLocalLambda({ transitionDelayMs: 200 }), startLocalLambda({ allowedOrigins: ["http://localhost:*"] })]);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, timeout: BROWSER_TIMEOUT_MS });
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([local?.close(), localhostOnly?.close(), new Promise((resolve) => (pageServer ? pageServer.close(resolve) : resolve(undefined)))]);
  }, BROWSER_TIMEOUT_MS);

  /** A fresh page of the app, ready once its module script has run. */
  async function openPage() {
    const page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(pageUrl, { timeout: BROWSER_TIMEOUT_MS });
    await page.waitForFunction(() => "runScenario" in globalThis && "runSdkScenario" in globalThis, undefined, { timeout: BROWSER_TIMEOUT_MS });
    return page;
  }
  const target = (service: LocalLambda, functionName: string): ScenarioTarget => ({ endpoint: service.endpoint, region: service.region, credentials: service.credentials, functionName });

  it("the page's bundle is the package's browser build, with no Node built-in", () => {
    expect(inputs).toContain("dist/browser/index.js");
    expect(inputs.filter((f) => f.startsWith("node:") || f.startsWith("src/"))).toEqual([]);
    expect(script).not.toMatch(/\bprocess\.env\b/);
  });

  it("creates, waits for, lists, updates and deletes a mapping cross-origin, and gets the modeled error", async () => {
    const page = await openPage();
    try {
      const result = await page.evaluate((t) => (globalThis as unknown as { runScenario(t: ScenarioTarget): Promise<ScenarioResult> }).runScenario(t), target(local, "browser-fn"));
      // The default handler where node:http is absent (esbuild may suffix a class name it had to rename).
      checkScenario(result, /^FetchHttpHandler\d*$/);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, BROWSER_TIMEOUT_MS);

  it("@aws-sdk/client-lambda's browser build gets through the same CORS answers: its headers, request ids and modeled error", async () => {
    const page = await openPage();
    try {
      type SdkResult = { created: { state?: string; requestId?: string }; got: boolean; deleted?: string; error: { name?: string; isNotFound: boolean; status?: number; requestId?: string } };
      const result = await page.evaluate((t) => (globalThis as unknown as { runSdkScenario(t: ScenarioTarget): Promise<SdkResult> }).runSdkScenario(t), target(local, "sdk-browser-fn"));
      expect(result).toMatchObject({ created: { state: "Creating" }, got: true, deleted: "Deleting", error: { name: "ResourceNotFoundException", isNotFound: true, status: 404 } });
      expect(result.created.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(result.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, BROWSER_TIMEOUT_MS);

  it("a service whose allowedOrigins leave the page out refuses it: the browser blocks the answer and nothing is created", async () => {
    const page = await openPage();
    try {
      const attempt = await page.evaluate(
        (t) => (globalThis as unknown as { tryCreate(t: ScenarioTarget): Promise<{ name?: string; message?: string; created: boolean }> }).tryCreate(t),
        target(localhostOnly, "refused-fn"),
      );
      // fetch's network error, as a browser reports a failed CORS check; the page learns nothing else.
      expect(attempt).toMatchObject({ created: false, name: "TypeError" });
      const check = await fetch(`${localhostOnly.endpoint}/2015-03-31/event-source-mappings`, { method: "OPTIONS", headers: { origin: new URL(pageUrl).origin, "access-control-request-method": "POST" } });
      expect([check.status, check.headers.get("x-amzn-errortype")]).toEqual([403, "InvalidOriginException"]);
      const node = new LambdaClient({ region: localhostOnly.region, endpoint: localhostOnly.endpoint, credentials: localhostOnly.credentials });
      expect((await node.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings).toEqual([]);
      node.destroy();
    } finally {
      await page.close();
    }
  }, BROWSER_TIMEOUT_MS);
});
