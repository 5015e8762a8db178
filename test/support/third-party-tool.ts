import { spawnSync } from "node:child_process";

/**
 * Debian's AWS CLI v2 (`awscli`). Named by path because `aws` on PATH may be another install (a pyenv shim of
 * AWS CLI v1 on the development machines), and the conformance suites must drive the client the issue names.
 */
export const AWS_CLI = "/usr/bin/aws";

/** Debian's Python, which has Debian's `python3-boto3`; `python3` on PATH may be a pyenv build with another boto3. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

/**
 * Whether the tests run under CI: `CI` is set to anything but an empty string, `0` or `false`. CI services set
 * it to `true` (GitHub Actions, GitLab, CircleCI, Travis, Buildkite), `1` or a name, and `.ci/run` sets it when
 * it is unset.
 */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/**
 * Whether a third-party command (the AWS CLI, python3 with boto3, chromium, deno, ...) can run here.
 *
 * Conformance tests use it to skip with a visible notice where the Debian packages could not be installed.
 * Under CI ({@link underCi}) a missing tool is an error instead, which fails the test file: `.ci/run` installs
 * every tool the tests use, so a skip there would hide a conformance suite that never ran.
 */
export function thirdPartyTool(name: string, probe: readonly string[]): boolean {
  const found = spawnSync(probe[0]!, probe.slice(1), { stdio: "ignore", timeout: 60_000 }).status === 0;
  if (found) return true;
  if (underCi()) {
    throw new Error(`${name} is required under CI (.ci/run installs it), but \`${probe.join(" ")}\` failed`);
  }
  process.stderr.write(`NOTICE: ${name} is not installed (\`${probe.join(" ")}\` failed): its conformance tests are skipped\n`);
  return false;
}
