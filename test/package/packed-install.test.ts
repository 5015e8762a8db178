import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CJS_PROGRAM, consumerTsconfig, ESM_PROGRAM, TYPES_PROGRAM } from "./fixtures.js";

// The published artifact works: build a copy of the repository, `npm pack` it, install the tarball
// into a fresh folder, then import/require both entry points, run them, and type-check a consumer.
// The build happens in a temporary copy so the shared dist/ of the checkout is never touched.

const run = promisify(execFile);
// tsc and npm in child processes take seconds on an idle machine and minutes on a saturated one;
// the limit only has to catch a hang, so it is generous (CI once timed out at 60 s under load 28).
const CHILD_PROCESS_TIMEOUT_MS = 600_000;
const ROOT = resolve(import.meta.dirname, "../..");
const PACKAGE = "lambda-event-source-mappings";
const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");

let work: string;
let app: string;
let tarballFiles: string[];

async function sh(file: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: "false" } });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`);
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "lesm-package-"));
  const copy = join(work, "pkg");
  await mkdir(copy);
  for (const entry of ["package.json", "tsup.config.ts", "tsconfig.json", "src", "scripts", "README.md", "docs"]) {
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  await symlink(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  await sh(process.execPath, [join(ROOT, "node_modules/tsup/dist/cli-default.js"), "--silent"], copy);
  const packed = JSON.parse(await sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], copy)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarballFiles = packed[0]!.files.map((f) => f.path);
  const tarball = join(work, packed[0]!.filename);

  app = join(work, "app");
  await mkdir(app);
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const install = ["install", "--no-audit", "--no-fund", "--ignore-scripts", tarball];
  // Dependencies usually come from the npm cache; fall back to the registry when the cache lacks one.
  await sh("npm", [...install, "--offline"], app).catch(() => sh("npm", [...install, "--prefer-offline"], app));
}, CHILD_PROCESS_TIMEOUT_MS);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("ships the built entry points and no sources or tests", () => {
    for (const file of ["package.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/local/index.js", "dist/local/index.cjs", "dist/local/index.d.ts", "dist/local/index.d.cts"]) {
      expect(tarballFiles, file).toContain(file);
    }
    expect(tarballFiles.filter((f) => /^(src|test|scripts|bench|model)\//.test(f) || f.endsWith(".test.ts"))).toEqual([]);
  });

  it.each([
    ["import", "consumer.mjs", ESM_PROGRAM, "esm"],
    ["require", "consumer.cjs", CJS_PROGRAM, "cjs"],
  ])("works through %s, client and local service together", async (_how, file, program, format) => {
    await writeFile(join(app, file), program);
    const stdout = await sh(process.execPath, [file], app);
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toEqual({ format, same: true, notFound: true, base: true, position: "LATEST", pages: 1, installedHttpRequest: true });
  }, CHILD_PROCESS_TIMEOUT_MS);

  it("bundles through the module condition into a program that works, with one copy of smithy shared with its dependents", async () => {
    await writeFile(join(app, "consumer-bundled.mjs"), ESM_PROGRAM);
    const { build } = (await import(createRequire(join(ROOT, "package.json")).resolve("esbuild"))) as typeof import("esbuild");
    const result = await build({
      entryPoints: [join(app, "consumer-bundled.mjs")],
      absWorkingDir: app,
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: join(app, "bundle.mjs"),
      metafile: true,
      logLevel: "silent",
      banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain(`node_modules/${PACKAGE}/dist/bundler/index.js`);
    // smithy's client comes from the installed package, not from a copy compiled into ours.
    expect(inputs.some((f) => f.startsWith("node_modules/@smithy/core/dist-es/submodules/client/"))).toBe(true);
    const stdout = await sh(process.execPath, ["bundle.mjs"], app);
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({ format: "esm", same: true, notFound: true, base: true, pages: 1, installedHttpRequest: true });
  }, CHILD_PROCESS_TIMEOUT_MS);

  it("bundles one command with esbuild --platform=browser without warnings, shims or any Node built-in", async () => {
    await writeFile(
      join(app, "browser-entry.mjs"),
      `import { LambdaClient, ListEventSourceMappingsCommand } from "${PACKAGE}";\n` +
        `const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });\n` +
        `export const list = () => client.send(new ListEventSourceMappingsCommand({}));\n`,
    );
    const { build } = (await import(createRequire(join(ROOT, "package.json")).resolve("esbuild"))) as typeof import("esbuild");
    const result = await build({
      entryPoints: [join(app, "browser-entry.mjs")],
      absWorkingDir: app,
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.warnings).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain(`node_modules/${PACKAGE}/dist/browser/index.js`);
    expect(inputs.filter((f) => f.startsWith("node:"))).toEqual([]);
    expect(inputs.some((f) => f.startsWith("node_modules/@aws-crypto/sha256-js/"))).toBe(true);
    const code = result.outputFiles![0]!.text;
    expect(code).not.toMatch(/["']node:[a-z_/]+["']/);
    expect(code).not.toMatch(/process\.env/);
  }, CHILD_PROCESS_TIMEOUT_MS);

  it.each([
    ["Node16 ESM (import condition)", "node16", "consumer-esm.mts"],
    ["Node16 CJS (require condition)", "node16", "consumer-cjs.cts"],
    ["bundler resolution", "bundler", "consumer-bundler.ts"],
  ] as const)("type-checks a consumer with %s", async (_name, mode, file) => {
    const dir = join(app, `types-${file.replace(/\W/g, "-")}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, file), TYPES_PROGRAM);
    await writeFile(join(dir, "tsconfig.json"), consumerTsconfig(mode, join(ROOT, "node_modules/@types"), [file]));
    await sh(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
  }, CHILD_PROCESS_TIMEOUT_MS);

  it("installs the lambda-esm command", async () => {
    const bin = await readdir(join(app, "node_modules/.bin"));
    expect(bin).toContain("lambda-esm");
    const help = await sh(process.execPath, [join(app, `node_modules/${PACKAGE}/dist/cli/main.js`), "--help"], app);
    expect(help).toContain("lambda-esm");
  }, CHILD_PROCESS_TIMEOUT_MS);
});
