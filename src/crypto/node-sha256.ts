import * as nodeCrypto from "node:crypto";
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import type { Checksum, SourceData } from "@smithy/types";

/**
 * `crypto.hash()` (Node 20.12+): a one-shot digest without a Hash object, about half the cost of `createHash()` for
 * a canonical request. Read from the namespace because an older Node 20 lacks the export.
 */
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string | ArrayBufferView, encoding: "hex") => string }).hash;

const toBuffer = (data: SourceData): Buffer =>
  typeof data === "string" ? Buffer.from(data, "utf8") : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/**
 * SHA-256 (or HMAC-SHA-256 when given a secret) on Node's native crypto, in the `Checksum` shape
 * `@smithy/signature-v4` expects. Native hashing is several times faster than a pure-JS one and
 * adds almost nothing to a bundle.
 */
export class NodeSha256 implements Checksum {
  private readonly secret?: SourceData;
  private hash: Hash | Hmac;

  constructor(secret?: SourceData) {
    this.secret = secret;
    this.hash = this.create();
  }

  /** Adds data to the digest. */
  update(data: SourceData): void {
    this.hash.update(toBuffer(data));
  }

  /** Finishes and returns the digest. */
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }

  /** Starts over with the same secret. */
  reset(): void {
    this.hash = this.create();
  }

  /** Hex SHA-256 of some data, without a hash object (the SigV4 signer's fast path, see src/signing/digests.ts). */
  static sha256Hex(data: string | ArrayBufferView): string {
    if (oneShot !== undefined && typeof data === "string") return oneShot("sha256", data, "hex");
    const hash = createHash("sha256");
    return (typeof data === "string" ? hash.update(data, "utf8") : hash.update(toBuffer(data))).digest("hex");
  }

  /** HMAC-SHA-256 of `data` under `key`. */
  static hmac(key: string | Uint8Array, data: string): Uint8Array {
    return createHmac("sha256", key).update(data, "utf8").digest();
  }

  /** Hex HMAC-SHA-256 of `data` under `key`. */
  static hmacHex(key: Uint8Array, data: string): string {
    return createHmac("sha256", key).update(data, "utf8").digest("hex");
  }

  private create(): Hash | Hmac {
    return this.secret === undefined ? createHash("sha256") : createHmac("sha256", toBuffer(this.secret));
  }
}
