/** Characters `encodeURIComponent` leaves alone but RFC 3986 reserves; the SDK escapes them too. */
const RESERVED = /[!'()*]/g;
const hex = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/**
 * Encodes a URI label value exactly as the SDK does (`extendedEncodeURIComponent`): plain
 * `[A-Za-z0-9_.~-]` values pass untouched, anything else is percent-encoded including `!'()*`.
 */
export function encodeLabel(value: string): string {
  return /^[\w.~-]+$/.test(value) ? value : encodeURIComponent(value).replace(RESERVED, hex);
}

/** RFC 3986 escaping of one query key or value (`escapeUri` in the SDK). */
export function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(RESERVED, hex);
}

/**
 * Builds a query string as the SDK's node handler does: keys sorted, keys and values escaped,
 * arrays repeated, and an empty string rendered as `key=`.
 */
export function buildQueryString(query: Record<string, string | string[] | null | undefined>): string {
  const parts: string[] = [];
  for (const rawKey of Object.keys(query).sort()) {
    const value = query[rawKey];
    const key = escapeUri(rawKey);
    if (Array.isArray(value)) {
      for (const item of value) parts.push(`${key}=${escapeUri(item)}`);
    } else if (value || typeof value === "string") {
      parts.push(`${key}=${escapeUri(value)}`);
    } else {
      parts.push(key);
    }
  }
  return parts.join("&");
}
