import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./doc-samples.js";

// `npm run docs` builds the API reference (TypeDoc, typedoc.json) into docs/api/, which is not committed: it is
// rebuilt here from src/ on every run, so it cannot be stale. typedoc.json turns on TypeDoc's validation (exports
// without TSDoc, types referenced but not exported, broken {@link}s) and treats every warning as an error, so a
// missing comment fails this test, naming the member.

// TypeDoc type-checks the whole program: seconds on an idle machine, minutes on a loaded one.
const TYPEDOC_TIMEOUT_MS = 600_000;
let out: string;
let typedoc: { stdout: string; stderr: string };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "lesm-api-"));
  const bin = join(root, "node_modules/typedoc/bin/typedoc");
  typedoc = await promisify(execFile)(process.execPath, [bin, "--out", out, "--logLevel", "Warn"], { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: TYPEDOC_TIMEOUT_MS }).catch(
    (error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`typedoc failed (an export without TSDoc, an unexported referenced type or a broken link):\n${error.stdout ?? ""}\n${error.stderr ?? error.message}`);
    },
  );
}, TYPEDOC_TIMEOUT_MS);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const html = (file: string) => readFileSync(join(out, file), "utf8");
const pages = () => readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));

describe("the API reference (npm run docs)", () => {
  it("builds with TypeDoc's validation on and no warning", () => {
    expect(`${typedoc.stdout}${typedoc.stderr}`).not.toMatch(/warning|error/i);
    const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({
      entryPoints: ["src/index.ts", "src/local/index.ts"],
      treatWarningsAsErrors: true,
      validation: { notExported: true, invalidLink: true, notDocumented: true },
    });
  });

  it("has a page for both entry points and their main exports", () => {
    for (const page of [
      "modules/lambda-event-source-mappings.html",
      "modules/lambda-event-source-mappings_local.html",
      "classes/lambda-event-source-mappings.LambdaClient.html",
      "classes/lambda-event-source-mappings.CreateEventSourceMappingCommand.html",
      "classes/lambda-event-source-mappings.ResourceNotFoundException.html",
      "functions/lambda-event-source-mappings.paginateListEventSourceMappings.html",
      "functions/lambda-event-source-mappings.waitUntilEventSourceMappingEnabled.html",
      "functions/lambda-event-source-mappings.matchesFilterCriteria.html",
      "functions/lambda-event-source-mappings_local.startLocalLambda.html",
      "interfaces/lambda-event-source-mappings.CreateEventSourceMappingRequest.html",
    ]) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
  });

  it("carries the service's own words and the model's constraints on generated members", () => {
    const page = html("interfaces/lambda-event-source-mappings.CreateEventSourceMappingRequest.html");
    // The model's documentation of BatchSize, and the constraint line codegen writes beneath it.
    expect(page).toContain("The maximum number of records in each batch that Lambda pulls from your stream or queue");
    expect(page).toMatch(/range 1\.\.10000/);
  });

  it("has no link to a page or anchor that does not exist", () => {
    const files = pages();
    expect(files.length).toBeGreaterThan(100);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) ids.set(file, (set = new Set([...html(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
      return set;
    };
    const broken: string[] = [];
    for (const file of files) {
      for (const [, href] of html(file).matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (!href || /^(?:[a-z]+:|\/\/)/i.test(href) || href === "#") continue;
        const [path, anchor] = href.split("#") as [string, string | undefined];
        const target = path ? join(dirname(file), decodeURIComponent(path)) : file;
        if (!existsSync(join(out, target))) broken.push(`${file}: ${href}`);
        else if (anchor && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${file}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
