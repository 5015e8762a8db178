/**
 * `npm run reliability`: load, kill -9, bad input, faults and leaks against the real service and
 * clients (real sockets, files and processes), then writes the figures into docs/reliability.md.
 * Exits 1 when any check failed. Settings: see {@link configFromEnv}; `RELIABILITY_OUT` names another
 * file to write the results into (it must hold the markers).
 */
import { fileURLToPath } from "node:url";
import { renderResults, writeResults } from "./report.js";
import { configFromEnv, runSuite } from "./suite.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const out = process.env.RELIABILITY_OUT || fileURLToPath(new URL("../docs/reliability.md", import.meta.url));
const result = await runSuite(configFromEnv(), (line) => console.log(`[reliability] ${line}`));
const markdown = renderResults(result);
console.log(markdown);
writeResults(out, markdown);
console.log(`[reliability] results written to ${out}`);
process.exitCode = result.failures.length === 0 ? 0 : 1;
