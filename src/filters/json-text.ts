/**
 * A parsed pattern value that keeps what `JSON.parse` loses and event-ruler's streaming compiler
 * (`JsonRuleCompiler`, which reads Jackson tokens) sees: key order and repeated keys as written, and the source
 * text of every number.
 */
export type JsonNode =
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, JsonNode])[] }
  | { readonly kind: "array"; readonly items: readonly JsonNode[] }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly text: string; readonly value: number }
  | { readonly kind: "literal"; readonly value: boolean | null };

/**
 * A JSON number from an event's text that no double holds exactly (`12345678901234567890`, `1E-325`, `1e400`).
 * event-ruler then matches it only by its text (ComparableNumber refuses it), so it is kept as text.
 */
export class NumberText {
  constructor(readonly text: string) {}
}

/**
 * Deepest nesting accepted, as Jackson's default `StreamReadConstraints.maxNestingDepth` (1000), which bounds the
 * patterns event-ruler (Jackson 2.15+) compiles.
 */
export const MAX_NESTING_DEPTH = 1000;

/** Result of a parse: the value, or why the text is not JSON. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

interface Builder<T> {
  string(value: string): T;
  number(text: string): T;
  literal(value: boolean | null): T;
  object(entries: [string, T][]): T;
  array(items: T[]): T;
}

const NODE_BUILDER: Builder<JsonNode> = {
  string: (value) => ({ kind: "string", value }),
  number: (text) => ({ kind: "number", text, value: Number(text) }),
  literal: (value) => ({ kind: "literal", value }),
  object: (entries) => ({ kind: "object", entries }),
  array: (items) => ({ kind: "array", items }),
};

/**
 * Parses strict JSON (RFC 8259) into a {@link JsonNode} tree, iteratively (no recursion, so no stack overflow on
 * deep input); nesting deeper than `maxDepth` is refused as Jackson refuses it.
 */
export function parsePatternText(text: string, maxDepth = MAX_NESTING_DEPTH): ParseResult<JsonNode> {
  return parse(text, NODE_BUILDER, maxDepth);
}

/**
 * Parses event JSON like `JSON.parse` (the last of repeated keys wins), except that numbers no double holds exactly
 * become {@link NumberText}. Used only for payloads that may hold such numbers (see {@link mayHoldInexactNumber}).
 */
export function parseEventText(text: string): ParseResult<unknown> {
  return parse(text, EVENT_BUILDER, Infinity);
}

// A run of 16+ digits (and dots) or a 3-digit exponent: the only spellings that can miss a double's exact value.
// Strings that look like this only cost a slower parse, never a different answer.
const RISKY_NUMBER = /\d[\d.]{15}|[eE][+-]?\d{3}/;

/** Cheap pre-check: false when every number in `text` is surely held exactly by a double. */
export function mayHoldInexactNumber(text: string): boolean {
  return RISKY_NUMBER.test(text);
}

const EVENT_BUILDER: Builder<unknown> = {
  string: (value) => value,
  number: (text) => {
    const value = Number(text);
    return isExactDouble(text, value) ? value : new NumberText(text);
  },
  literal: (value) => value,
  object: (entries) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      if (key === "__proto__") Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  },
  array: (items) => items,
};

/**
 * True when the decimal `text` is exactly the value of the double `value` (its shortest round-trip form), as
 * event-ruler's ComparableNumber requires (`BigDecimal.valueOf(d).compareTo(new BigDecimal(text)) == 0`).
 */
export function isExactDouble(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return canonicalDecimal(text) === javaDecimal(value);
}

// BigDecimal.valueOf(d) uses Double.toString(d): the shortest decimal that rounds to d, but never fewer than two
// significant digits, in which case the two-digit decimal closest to d (Java 19+; 5e-324 prints as 4.9E-324).
function javaDecimal(value: number): string {
  const shortest = canonicalDecimal(String(value));
  return /^-?\de/.test(shortest) ? canonicalDecimal(value.toPrecision(2)) : shortest;
}

// Canonical form of a decimal literal: sign, significant digits without leading/trailing zeros, exponent.
function canonicalDecimal(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = `${whole}${fraction}`;
  const first = digits.search(/[1-9]/);
  if (first < 0) return "0";
  const trimmed = digits.slice(first).replace(/0+$/, "");
  // value = 0.<digits from first> × 10^(whole.length - first + exponent); BigInt keeps huge exponents exact.
  const scale = BigInt(whole.length - first) + BigInt(exponent);
  return `${sign}${trimmed}e${scale}`;
}

const enum Ctx {
  Object,
  Array,
}

interface Frame<T> {
  ctx: Ctx;
  entries?: [string, T][];
  items?: T[];
  key?: string;
}

function parse<T>(text: string, builder: Builder<T>, maxDepth: number): ParseResult<T> {
  let pos = 0;
  const stack: Frame<T>[] = [];
  const fail = (message: string): ParseResult<T> => ({ ok: false, error: `${message} at position ${pos}` });
  const skipSpace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else break;
    }
  };
  let result: T | undefined;
  let done = false;

  outer: while (!done) {
    skipSpace();
    // Read one value (or open a container).
    let value: T;
    const c = text[pos];
    if (c === "{" || c === "[") {
      if (stack.length >= maxDepth) return fail(`nesting deeper than ${maxDepth} levels`);
      pos++;
      skipSpace();
      if (c === "{") {
        if (text[pos] === "}") {
          pos++;
          value = builder.object([]);
        } else {
          const key = readKey();
          if (typeof key !== "string") return key;
          stack.push({ ctx: Ctx.Object, entries: [], key });
          continue;
        }
      } else if (text[pos] === "]") {
        pos++;
        value = builder.array([]);
      } else {
        stack.push({ ctx: Ctx.Array, items: [] });
        continue;
      }
    } else if (c === '"') {
      const s = readString();
      if (typeof s !== "string") return s;
      value = builder.string(s);
    } else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
      m.lastIndex = pos;
      const found = m.exec(text);
      if (!found) return fail("invalid number");
      pos += found[0].length;
      value = builder.number(found[0]);
    } else if (text.startsWith("true", pos)) {
      pos += 4;
      value = builder.literal(true);
    } else if (text.startsWith("false", pos)) {
      pos += 5;
      value = builder.literal(false);
    } else if (text.startsWith("null", pos)) {
      pos += 4;
      value = builder.literal(null);
    } else {
      return fail(c === undefined ? "unexpected end of JSON input" : `unexpected character ${JSON.stringify(c)}`);
    }

    // Attach the value to its container, closing containers as far as they end.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        result = value;
        done = true;
        continue outer;
      }
      skipSpace();
      if (top.ctx === Ctx.Array) {
        (top.items as T[]).push(value);
        if (text[pos] === ",") {
          pos++;
          continue outer;
        }
        if (text[pos] !== "]") return fail('expected "," or "]"');
        pos++;
        stack.pop();
        value = builder.array(top.items as T[]);
        continue;
      }
      (top.entries as [string, T][]).push([top.key as string, value]);
      if (text[pos] === ",") {
        pos++;
        skipSpace();
        const key = readKey();
        if (typeof key !== "string") return key;
        top.key = key;
        continue outer;
      }
      if (text[pos] !== "}") return fail('expected "," or "}"');
      pos++;
      stack.pop();
      value = builder.object(top.entries as [string, T][]);
    }
  }
  skipSpace();
  if (pos < text.length) return fail("unexpected text after the JSON value");
  return { ok: true, value: result as T };

  function readKey(): string | ParseResult<T> {
    if (text[pos] !== '"') return fail("expected a double-quoted property name");
    const key = readString();
    if (typeof key !== "string") return key;
    skipSpace();
    if (text[pos] !== ":") return fail('expected ":"');
    pos++;
    return key;
  }

  function readString(): string | ParseResult<T> {
    // Fast path: no escapes; otherwise let JSON.parse decode the (already delimited) literal.
    const start = pos;
    pos++;
    let escaped = false;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (Number.isNaN(ch)) return fail("unterminated string");
      if (ch === 0x22) break;
      if (ch < 0x20) return fail("control character in string");
      if (ch === 0x5c) {
        escaped = true;
        pos += 2;
        continue;
      }
      pos++;
    }
    pos++;
    if (!escaped) return text.slice(start + 1, pos - 1);
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      pos = start;
      return fail("invalid escape in string");
    }
  }
}

/**
 * Converts an already-parsed pattern (a plain JavaScript value) to a {@link JsonNode}, iteratively; numbers get
 * their shortest JSON spelling. Values JSON cannot hold (`undefined`, functions) are left out of objects, like
 * `JSON.stringify` does; nesting deeper than `maxDepth` is refused.
 */
export function valueToNode(value: unknown, maxDepth = MAX_NESTING_DEPTH): ParseResult<JsonNode> {
  type Pending = { source: unknown; depth: number; assign: (node: JsonNode) => void };
  let root: JsonNode | undefined;
  const stack: Pending[] = [{ source: value, depth: 0, assign: (node) => (root = node) }];
  while (stack.length > 0) {
    const { source, depth, assign } = stack.pop() as Pending;
    if (source === null || typeof source === "boolean") assign({ kind: "literal", value: source });
    else if (typeof source === "string") assign({ kind: "string", value: source });
    else if (typeof source === "number") {
      assign(Number.isFinite(source) ? { kind: "number", text: String(source), value: source } : { kind: "literal", value: null });
    } else if (typeof source === "object") {
      if (depth >= maxDepth) return { ok: false, error: `nesting deeper than ${maxDepth} levels` };
      if (Array.isArray(source)) {
        const items: JsonNode[] = [];
        assign({ kind: "array", items });
        source.forEach((item: unknown, i) => {
          items.push({ kind: "literal", value: null });
          stack.push({ source: item === undefined || typeof item === "function" ? null : item, depth: depth + 1, assign: (node) => (items[i] = node) });
        });
      } else {
        const entries: [string, JsonNode][] = [];
        assign({ kind: "object", entries });
        for (const [key, item] of Object.entries(source)) {
          if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
          const at = entries.push([key, { kind: "literal", value: null }]) - 1;
          stack.push({ source: item, depth: depth + 1, assign: (node) => (entries[at] = [key, node]) });
        }
      }
    } else {
      assign({ kind: "literal", value: null });
    }
  }
  return { ok: true, value: root as JsonNode };
}
