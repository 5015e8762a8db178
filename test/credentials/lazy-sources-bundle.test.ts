import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Issue 11: the STS, SSO and sign-in sources are loaded only when a profile or the environment needs them, so an
// app with static or environment credentials neither loads nor parses them. A structural check, not a timing: an
// app is bundled by esbuild with code splitting (what `import()` reaches goes to its own chunks), then run in a
// child process with a hook recording each file it loads. (A single-file bundle has to inline every `import()`, so
// there the lazy sources cost bytes but are still never evaluated; README "Bundle size" gives the figures.)

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const HOOK = join(import.meta.dirname, "fixtures", "record-loads.mjs");

/**
 * The modules that only role, web identity, SSO and login profiles need; and those only the container, instance
 * metadata and credential_process sources and the IMDS region fallback need (issue 12: what a static-credentials
 * app loads).
 */
const LAZY =
  /src\/(credentials\/(from-web-identity|sts-request|sts-region|from-sso-profile|sso-token|from-login-session|credential-service-call|resolve-profile-credentials|rest-json-error|parse-xml|from-container|from-ec2-instance-metadata|imds-request|from-credential-process)|config\/instance-metadata-region)\.ts$/;

const APPS = {
  static: `new LambdaClient({ region: "us-east-1", endpoint: "http://127.0.0.1:9", maxAttempts: 1, credentials: { accessKeyId: "AKIDSTATIC", secretAccessKey: "s" } })`,
  chain: `new LambdaClient({ region: "us-east-1", endpoint: "http://127.0.0.1:9", maxAttempts: 1 })`,
};

let dir: string;
let metafile: Metafile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lesm-lazy-"));
  for (const [name, client] of Object.entries(APPS)) {
    writeFileSync(
      join(dir, `${name}.ts`),
      [
        `import { GetEventSourceMappingCommand, LambdaClient } from ${JSON.stringify(join(ROOT, "src/index.ts"))};`,
        `const client = ${client};`,
        // Credentials are resolved and the request signed before the connection is refused: print how far it got.
        `const answer = await client.send(new GetEventSourceMappingCommand({ UUID: "u" })).catch((e) => e);`,
        `console.log(answer?.name, answer?.message);`,
        `client.destroy();`,
      ].join("\n"),
    );
  }
  ({ metafile } = await build({
    entryPoints: Object.keys(APPS).map((name) => join(dir, `${name}.ts`)),
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    mainFields: ["module", "main"],
    outdir: join(dir, "out"),
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "silent",
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  }));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every output file that holds one of the lazy modules. */
const lazyChunks = () => Object.entries(metafile.outputs).filter(([, o]) => Object.keys(o.inputs).some((i) => LAZY.test(i))).map(([file]) => resolve(ROOT, file));

/** Runs a bundled app with `env` only; returns what it printed and the files it loaded. */
async function runApp(name: keyof typeof APPS, env: Record<string, string>): Promise<{ printed: string; loaded: string[] }> {
  const log = join(dir, `${name}-${Object.keys(env).join("-")}.log`);
  const entry = join(dir, "out", `${name}.mjs`);
  const home = mkdtempSync(join(dir, "home-"));
  const { stdout } = await run(process.execPath, ["--import", pathToFileURL(HOOK).href, entry], {
    env: { HOME: home, AWS_EC2_METADATA_DISABLED: "true", LESM_LOADED_LOG: log, ...env },
  });
  return { printed: stdout, loaded: readFileSync(log, "utf8").trim().split("\n") };
}

describe("credential sources that need STS, SSO or sign-in", () => {
  it("are in chunks of their own, reached from the app only through import()", () => {
    const chunks = lazyChunks();
    expect(chunks.length).toBeGreaterThan(0);
    for (const name of Object.keys(APPS)) {
      const entry = metafile.outputs[Object.keys(metafile.outputs).find((f) => f.endsWith(`out/${name}.mjs`))!]!;
      expect(Object.keys(entry.inputs).filter((i) => LAZY.test(i))).toEqual([]);
      const staticImports = entry.imports.filter((i) => i.kind === "import-statement").map((i) => resolve(ROOT, i.path));
      for (const chunk of chunks) expect(staticImports).not.toContain(chunk);
    }
  });

  it("are never loaded by an app with static credentials", async () => {
    const { printed, loaded } = await runApp("static", {});
    expect(printed).toMatch(/ECONNREFUSED/);
    expect(loaded.filter((f) => lazyChunks().map((c) => pathToFileURL(c).href).includes(f))).toEqual([]);
  });

  it("are never loaded by an app whose credentials come from the environment", async () => {
    const { printed, loaded } = await runApp("chain", { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "s" });
    expect(printed).toMatch(/ECONNREFUSED/);
    expect(loaded.filter((f) => lazyChunks().map((c) => pathToFileURL(c).href).includes(f))).toEqual([]);
  });

  it("are loaded when the environment asks for web identity (the hook sees lazy chunks)", async () => {
    const { printed, loaded } = await runApp("chain", { AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, "no-such-token"), AWS_ROLE_ARN: "arn:aws:iam::123456789012:role/r" });
    expect(printed).toMatch(/no-such-token/);
    expect(loaded.filter((f) => lazyChunks().map((c) => pathToFileURL(c).href).includes(f)).length).toBeGreaterThan(0);
  });
});
