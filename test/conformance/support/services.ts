import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalLambda, type LocalLambda } from "../../../src/local/index.js";

/** The key pair the third-party clients sign with. */
export const KEY = { accessKeyId: "AKIDCONFORMANCE", secretAccessKey: "conformance-secret" };
/** A temporary key pair: requests signed with it must carry exactly this session token. */
export const TEMP_KEY = { accessKeyId: "ASIACONFORMANCE", secretAccessKey: "temporary-secret", sessionToken: "session-token-1" };
/** The region the services run in and the clients sign for. */
export const REGION = "us-east-1";
/** The functions the services know; any other is "Function does not exist". */
export const FUNCTIONS = ["fn", "other-fn"];

/** The local services a suite drives: a well one, and one for each kind of failure a client must report. */
export interface Services {
  main: LocalLambda;
  /** Answers every request with 429 TooManyRequestsException. */
  throttling: LocalLambda;
  /** Answers every request with 500 ServiceException. */
  failing: LocalLambda;
  /** Transitions never end during a test, so a second change hits ResourceInUseException. */
  slow: LocalLambda;
  close(): Promise<void>;
}

/** Starts the four services on ephemeral loopback ports. */
export async function startServices(): Promise<Services> {
  const base = { credentials: [KEY, TEMP_KEY], region: REGION, functions: FUNCTIONS };
  const [main, throttling, failing, slow] = await Promise.all([
    startLocalLambda(base),
    startLocalLambda({ ...base, faults: { rate: 1, kinds: ["throttle"] } }),
    startLocalLambda({ ...base, faults: { rate: 1, kinds: ["server-error"] } }),
    startLocalLambda({ ...base, transitionDelayMs: 600_000 }),
  ]);
  return { main, throttling, failing, slow, close: async () => void (await Promise.all([main, throttling, failing, slow].map((s) => s.close()))) };
}

/**
 * An environment for the AWS CLI or boto3 that owes nothing to the developer's: a temporary HOME, config and
 * credentials files that name only the region and the key, no pager, no instance metadata lookups, and the
 * clients' default retry settings (a test that injects faults sets AWS_MAX_ATTEMPTS itself).
 */
export function isolatedAwsEnv(): { env: Record<string, string>; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "esm-conformance-"));
  writeFileSync(join(dir, "config"), `[default]\nregion = ${REGION}\noutput = json\n`);
  writeFileSync(join(dir, "credentials"), `[default]\naws_access_key_id = ${KEY.accessKeyId}\naws_secret_access_key = ${KEY.secretAccessKey}\n`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    LANG: "C.UTF-8",
    AWS_CONFIG_FILE: join(dir, "config"),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials"),
    AWS_ACCESS_KEY_ID: KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_PAGER: "",
    AWS_EC2_METADATA_DISABLED: "true",
  };
  return { env, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
