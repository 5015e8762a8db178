/** The CRC-32 (IEEE 802.3) lookup table, built once. */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/**
 * CRC-32 of some bytes, as zlib computes it. Written out because `zlib.crc32` only exists from Node 20.15 and the
 * package supports every Node 20; a record checksum needs nothing stronger (it catches torn and flipped writes,
 * not tampering).
 * @internal
 */
export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
