/**
 * IP address literals as event-ruler reads them: a rule string that looks like an IP address is compiled to a
 * match on the address, not on the text (`JsonRuleCompiler.writeRules` → `CIDR.ipToRangeIfPossible`), so
 * `"10.0.0.1"` also matches `"10.0.0.01"`, and `"::1"` matches `"0:0:0:0:0:0:0:1"`. Parsing follows Java's
 * `InetAddress.getByName` for the two shapes event-ruler lets through (`Constants.IPv4_REGEX`, `IPv6_REGEX`):
 * four decimal parts up to 255 in at most 15 characters, or hex groups with at most one `::`; an IPv4-mapped IPv6
 * address is its IPv4 address. event-ruler matches the address bytes as a range over their hex digits, which an
 * event address whose first bytes are the rule's also satisfies (`"0.0.0.0"` matches `"::"`).
 */

const IPV4 = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6 = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

/** The address bytes of an IP literal as lower-case hex (8 or 32 digits), or `undefined` when it is not one. */
export function ipAddressKey(text: string): string | undefined {
  if (IPV4.test(text)) return ipv4(text);
  if (IPV6.test(text)) return ipv6(text);
  return undefined;
}

function ipv4(text: string): string | undefined {
  if (text.length > 15) return undefined; // IPAddressUtil.textToNumericFormatV4 refuses longer literals
  let hex = "";
  for (const part of text.split(".")) {
    const value = Number(part);
    if (value > 255) return undefined;
    hex += value.toString(16).padStart(2, "0");
  }
  return hex;
}

function ipv6(text: string): string | undefined {
  if (text.length < 2) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (half: string): string[] | undefined => {
    if (half === "") return [];
    const parts = half.split(":");
    return parts.every((p) => p.length >= 1 && p.length <= 4) ? parts : undefined;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(missing).fill("0"), ...tail];
  const hex = all.map((g) => g.toLowerCase().padStart(4, "0")).join("");
  // Java's IPAddressUtil converts an IPv4-mapped address (::ffff:a.b.c.d) to the IPv4 address.
  return hex.startsWith("00000000000000000000ffff") ? hex.slice(24) : hex;
}

/** An event string matches a rule address when its address begins with the rule's bytes (event-ruler's range). */
export function ipMatches(ruleAddress: string, value: string): boolean {
  const address = ipAddressKey(value);
  return address !== undefined && address.startsWith(ruleAddress);
}
