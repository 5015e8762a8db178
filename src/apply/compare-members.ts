/**
 * Comparison of desired and reported member values with the service's semantics in mind: every list of this API is a
 * set (filters, function response types, source access configurations, metrics, bootstrap servers...), so order is
 * ignored; filter patterns are JSON compared by meaning (key order, whitespace and the order of matchers inside a
 * pattern's arrays do not matter); timestamps compare by instant; and an empty structure or list is the same as none
 * (the service drops an empty FilterCriteria and reports an empty OnFailure on streams).
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A canonical form of a value: `undefined` for nothing or empty; sorted lists and keys; dates as epoch ms. */
export function canonical(value: unknown, key?: string): unknown {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.getTime();
  if (key === "Pattern" && typeof value === "string") return canonicalPattern(value);
  if (key === "StartingPositionTimestamp" && (typeof value === "string" || typeof value === "number")) return toEpochMs(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item)).filter((item) => item !== undefined);
    if (items.length === 0) return undefined;
    return items.map((item) => [JSON.stringify(item), item] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = canonical(value[k], k);
      if (v !== undefined) out[k] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/** A filter pattern as canonical JSON text, or the text itself when it is not JSON (the service rejects those anyway). */
function canonicalPattern(pattern: string): string {
  try {
    return JSON.stringify(canonicalJson(JSON.parse(pattern)));
  } catch {
    return pattern;
  }
}

// Inside a pattern, arrays list alternative matchers: a set, so sorted; objects by key.
function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson).map((v) => [JSON.stringify(v), v] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  if (isPlainObject(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonicalJson(value[k])]));
  return value;
}

/** Epoch ms of an ISO-8601 string or epoch seconds (as the API and its JSON carry timestamps). */
function toEpochMs(value: string | number): number | string {
  if (typeof value === "number") return value * 1000;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : ms;
}

/**
 * True when the reported value satisfies the desired one. Structures compare member by member over the members the
 * desired value names (a sub-member left out is not managed, e.g. a Kafka schema registry's service-filled parts),
 * except that an explicitly empty structure or list means "none" and matches only none. Everything else compares by
 * canonical form.
 */
export function satisfies(desired: unknown, actual: unknown, key?: string): boolean {
  if (isPlainObject(desired) && key !== "StartingPositionTimestamp") {
    if (canonical(desired, key) === undefined) return canonical(actual, key) === undefined;
    if (!isPlainObject(actual)) return false;
    return Object.keys(desired).every((k) => desired[k] === undefined || satisfies(desired[k], actual[k], k));
  }
  return JSON.stringify(canonical(desired, key)) === JSON.stringify(canonical(actual, key));
}
