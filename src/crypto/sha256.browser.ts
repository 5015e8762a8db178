/**
 * The SHA-256 the signer uses where `node:crypto` is absent: `@aws-crypto/sha256-js`, the SDK's own pure-JS hash.
 * WebCrypto's digest is asynchronous per call and, for the small canonical strings SigV4 hashes, slower than this once
 * the promise round-trips are counted, so it is not used.
 */
export { Sha256 as DefaultSha256 } from "@aws-crypto/sha256-js";
