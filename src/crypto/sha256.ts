/** The SHA-256 the signer uses by default: Node's native crypto here; `sha256.browser.ts` has the pure-JS one. */
export { NodeSha256 as DefaultSha256 } from "./node-sha256.js";
