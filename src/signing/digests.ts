import type { ChecksumConstructor, HashConstructor, SourceData } from "@smithy/types";

/** Bytes or text to hash; text is hashed as UTF-8. */
export type DigestInput = string | ArrayBufferView;

/**
 * The three digests SigV4 needs. Each answers synchronously when the hash can, and with a promise otherwise, so a
 * request signed with a synchronous hash creates no promise.
 */
export interface Digests {
  sha256Hex(data: DigestInput): string | Promise<string>;
  hmac(key: string | Uint8Array, data: string): Uint8Array | Promise<Uint8Array>;
  hmacHex(key: Uint8Array, data: string): string | Promise<string>;
}

/**
 * A hash class that also offers the three digests directly (this library's node:crypto hash does): the signer then
 * calls them without creating a hash object and copying each digest per step.
 */
export interface DirectDigests {
  sha256Hex(data: DigestInput): string;
  hmac(key: string | Uint8Array, data: string): Uint8Array;
  hmacHex(key: Uint8Array, data: string): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/** Lower-case hex of some bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

const encoder = new TextEncoder();
/** What smithy's `toUint8Array` makes of a value before `update()`: UTF-8 of text, the bytes of a view. */
const bytesOf = (data: DigestInput): Uint8Array =>
  typeof data === "string" ? encoder.encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

type AnyHash = { update(data: Uint8Array): void; digest(): Promise<Uint8Array>; digestSync?: () => Uint8Array };

/**
 * The digests of a `sha256` option (a `ChecksumConstructor` such as `@aws-crypto/sha256-js`'s `Sha256`, a
 * `HashConstructor`, or this library's node:crypto hash), used the way `@smithy/signature-v4` uses it: `new
 * Hash(secret?)`, `update(bytes)`, `digest()` — or `digestSync()` where the hash has it.
 */
export function createDigests(sha256: ChecksumConstructor | HashConstructor): Digests {
  const direct = sha256 as unknown as Partial<DirectDigests>;
  if (typeof direct.sha256Hex === "function" && typeof direct.hmac === "function" && typeof direct.hmacHex === "function") {
    return direct as DirectDigests;
  }
  const Hash = sha256 as unknown as new (secret?: SourceData) => AnyHash;
  const run = (key: SourceData | undefined, data: DigestInput): Uint8Array | Promise<Uint8Array> => {
    const hash = new Hash(key);
    hash.update(bytesOf(data));
    return typeof hash.digestSync === "function" ? hash.digestSync() : hash.digest();
  };
  const hex = (digest: Uint8Array | Promise<Uint8Array>): string | Promise<string> => (digest instanceof Uint8Array ? toHex(digest) : digest.then(toHex));
  return {
    sha256Hex: (data) => hex(run(undefined, data)),
    hmac: (key, data) => run(key, data),
    hmacHex: (key, data) => hex(run(key, data)),
  };
}
