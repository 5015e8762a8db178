import { runCli } from "./run-cli.js";

// The `lambda-esm` bin: everything lives in runCli so tests and this file share one code path. The environment is
// process.env itself, which the client reads, so `--profile` (set as AWS_PROFILE) reaches every setting.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
