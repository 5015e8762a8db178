import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CJS_PROGRAM, consumerTsconfig, ESM_PROGRAM, TYPES_PROGRAM } from "./fixtures.js";

// The published artifact works: `npm pack` a copy of the repository (its prepack script builds dist/ and strips the
// development fields from package.json), install the tarball into a fresh folder, then import/require both entry
// points, run them, type-check a consumer, and have @arethetypeswrong/cli and publint judge the tarball.
// The build happens in a temporary copy so the shared dist/ and package.json of the checkout are never touched.

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
let tarball: string;
let packedManifest: Record<string, unknown>;

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
  for (const entry of ["package.json", "tsup.config.ts", "tsconfig.json", "src", "scripts", "README.md", "docs", "local", "LICENSE", "CHANGELOG.md"]) {
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  await symlink(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  // With scripts: prepack builds and cleans package.json, postpack restores it, exactly as `npm publish` would.
  const packed = JSON.parse(await sh("npm", ["pack", "--json", "--pack-destination", work], copy)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarballFiles = packed[0]!.files.map((f) => f.path);
  tarball = join(work, packed[0]!.filename);

  app = join(work, "app");
  await mkdir(app);
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const install = ["install", "--no-audit", "--no-fund", "--ignore-scripts", tarball];
  // Dependencies usually come from the npm cache; fall back to the registry when the cache lacks one.
  await sh("npm", [...install, "--offline"], app).catch(() => sh("npm", [...install, "--prefer-offline"], app));
  packedManifest = JSON.parse(await readFile(join(app, "node_modules", PACKAGE, "package.json"), "utf8")) as Record<string, unknown>;
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
    expect(tarballFiles).toEqual(expect.arrayContaining(["local/package.json", "LICENSE", "CHANGELOG.md"]));
    expect(tarballFiles.filter((f) => f.endsWith(".backup"))).toEqual([]);
    // The API reference is built by `npm run docs` for reading in a browser, not shipped.
    expect(tarballFiles.filter((f) => f.startsWith("docs/api/"))).toEqual([]);
  });

  it("publishes a package.json without scripts (no prepare warning on install) or devDependencies, with its links", () => {
    expect(packedManifest).not.toHaveProperty("scripts");
    expect(packedManifest).not.toHaveProperty("devDependencies");
    expect(packedManifest).not.toHaveProperty("clean-package");
    expect(packedManifest).toMatchObject({ repository: { type: "git" }, homepage: expect.stringMatching(/^https:/), bugs: { url: expect.stringMatching(/^https:/) } });
    expect(packedManifest.exports).toEqual(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).exports);
  });

  it("imports every declared runtime dependency from dist at run time (none is a types-only dependency)", async () => {
    const dist = join(app, "node_modules", PACKAGE, "dist");
    const code = (await readdir(dist, { recursive: true }))
      .filter((f) => /\.c?js$/.test(f))
      .map((f) => readFileSync(join(dist, f), "utf8"))
      .join("\n");
    const dependencies = Object.keys(packedManifest.dependencies as Record<string, string>);
    expect(dependencies.length).toBeGreaterThan(0);
    const imported = (name: string) => new RegExp(`(?:from |require\\(|import\\()['"]${name.replace(/[/.]/g, "\\$&")}(?:/[\\w/-]+)?['"]`).test(code);
    expect(dependencies.filter((name) => !imported(name))).toEqual([]);
  });

  it("passes @arethetypeswrong/cli for every entry point and resolution mode", async () => {
    const attw = join(ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js");
    const report = JSON.parse(await sh(process.execPath, [attw, tarball, "--format", "json"], work)) as {
      analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
      problems: unknown;
    };
    expect(report.problems).toEqual({});
    const entrypoints = report.analysis.entrypoints;
    expect(Object.keys(entrypoints).sort()).toEqual([".", "./local", "./package.json"]);
    for (const [name, { resolutions }] of Object.entries(entrypoints)) {
      expect(Object.keys(resolutions).sort(), name).toEqual(["bundler", "node10", "node16-cjs", "node16-esm"]);
      for (const [mode, { resolution }] of Object.entries(resolutions)) expect(resolution?.fileName, `${name} under ${mode}`).toBeTruthy();
    }
  }, CHILD_PROCESS_TIMEOUT_MS);

  it("passes publint --strict", async () => {
    const publint = join(ROOT, "node_modules/publint/src/cli.js");
    const stdout = await sh(process.execPath, [publint, "run", tarball, "--strict"], work);
    expect(stdout).toContain("All good!");
  }, CHILD_PROCESS_TIMEOUT_MS);

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
