import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundleApp } from "../../bench/bundle.js";
import { SIZE_APPS } from "../../bench/size.js";

// The browser row of `npm run size`: the one-command page app bundles, through the package's `browser` condition, to
// the browser build with the pure-JS SHA-256 and no Node built-in, smaller than the SDK's page app. Needs `npm run build`.

const ROOT = new URL("../..", import.meta.url).pathname;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "esm-browser-size-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it("npm run size's browser app is the browser build without Node built-ins, and smaller than the SDK's", async () => {
  const [ours, sdk] = ["browser", "sdk-browser"].map((name) => SIZE_APPS.find((a) => a.name === name)!);
  expect([ours?.platform, sdk?.platform]).toEqual(["browser", "browser"]);
  const built = await bundleApp(ours!.entry, "minified", join(dir, "ours"), ROOT, "browser");
  const inputs = Object.keys(built.metafile.inputs);
  expect(inputs).toContain("dist/browser/index.js");
  expect(inputs.some((f) => f.includes("node_modules/@aws-crypto/sha256-js/"))).toBe(true);
  expect(inputs.filter((f) => f.startsWith("node:") || f.includes("node-http-handler") || f.includes("@smithy/node-http-handler"))).toEqual([]);
  const theirs = await bundleApp(sdk!.entry, "minified", join(dir, "sdk"), ROOT, "browser");
  expect(built.bytes).toBeLessThan(theirs.bytes);
}, 120_000);
