/** Decodes base64 leniently (characters outside the alphabet are skipped), as Node's `Buffer.from(data, "base64")`. */
export function base64ToBytes(data: string): Uint8Array {
  return Buffer.from(data, "base64");
}
