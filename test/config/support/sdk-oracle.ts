import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** One thing to ask the real SDK, in a child process whose environment is exactly `env`. */
export type OracleScenario =
  | { kind: "config"; env: Record<string, string>; client?: Record<string, unknown>; keys: string[] }
  | { kind: "endpoint"; env: Record<string, string>; client?: Record<string, unknown> }
  | { kind: "chain" | "ini" | "process"; env: Record<string, string>; init?: Record<string, unknown> }
  /** The default chain run by `new LambdaClient(client).config.credentials()`; `again` asks a second time with forceRefresh. */
  | { kind: "client"; env: Record<string, string>; client?: Record<string, unknown>; again?: boolean };

const fixture = fileURLToPath(new URL("./fixtures/sdk-oracle.mjs", import.meta.url));

/**
 * Runs the scenarios through `@aws-sdk/client-lambda` / `@aws-sdk/credential-providers` in one child process (so the
 * SDK reads only the scenario's environment, never the developer's) and returns what it resolved for each.
 */
export function runSdkOracle(scenarios: OracleScenario[]): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [fixture], { env: {}, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`SDK oracle failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Array<Record<string, unknown>>);
    });
    child.stdin!.end(JSON.stringify(scenarios));
  });
}
