import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  InvalidFilterPatternError,
  matchesFilterCriteria,
  matchesPattern,
  validateFilterCriteria,
} from "../../src/filters/index.js";
import { isExactDouble } from "../../src/filters/json-text.js";

// Doubles a pattern may use: event-ruler refuses those whose Java spelling differs from their value (5e-324).
const exactDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => isExactDouble(String(n), n));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Keys are non-empty: event-ruler names the field of `{"": {"a": [1]}}` "a" but the event's path ".a".
const key = fc.string({ minLength: 1, maxLength: 8 });
const jsonEvent = fc
  .dictionary(key, fc.jsonValue({ maxDepth: 3 }).filter((v) => !JSON.stringify(v).includes('"":')), { maxKeys: 6 })
  .map((value) => JSON.parse(JSON.stringify(value)) as { [key: string]: Json });

const isLeaf = (v: Json): v is null | boolean | number | string => v === null || typeof v !== "object";

const upperAscii = (s: string): string => s.replace(/[a-z]/g, (c) => c.toUpperCase());

/** A matcher that the leaf value itself satisfies, chosen by `seed`. */
function matcherFor(leaf: null | boolean | number | string, seed: number): Json {
  if (typeof leaf === "string") {
    const options: Json[] = [
      leaf,
      { prefix: leaf.slice(0, seed % (leaf.length + 1)) },
      { suffix: leaf.slice(leaf.length - (seed % (leaf.length + 1))) },
      { "equals-ignore-case": upperAscii(leaf) },
      { prefix: { "equals-ignore-case": upperAscii(leaf.slice(0, seed % (leaf.length + 1))) } },
      { suffix: { "equals-ignore-case": upperAscii(leaf.slice(leaf.length - (seed % (leaf.length + 1)))) } },
      { "anything-but": [`${leaf}~`] },
      { exists: true },
    ];
    return options[seed % options.length] as Json;
  }
  if (typeof leaf === "number") {
    // A number no double spells exactly in Java (-5e-323) may only be matched by its text.
    const options: Json[] = isExactDouble(String(leaf), leaf)
      ? [leaf, { numeric: ["=", leaf] }, { numeric: [">=", leaf] }, { numeric: ["<=", leaf] }, { exists: true }]
      : [leaf, { exists: true }];
    return options[seed % options.length] as Json;
  }
  return seed % 2 === 0 ? leaf : { exists: true };
}

function leavesOf(values: Json[], out: (null | boolean | number | string)[] = []): (null | boolean | number | string)[] {
  for (const v of values) {
    if (Array.isArray(v)) leavesOf(v, out);
    else if (isLeaf(v)) out.push(v);
  }
  return out;
}

/** Builds a pattern fragment that `value` matches, or undefined when the value offers nothing to test. */
function patternFor(value: Json, seed: number): Json | undefined {
  if (isLeaf(value)) return [matcherFor(value, seed)];
  if (Array.isArray(value)) {
    const [leaf] = leavesOf(value);
    if (leaf !== undefined) return [matcherFor(leaf, seed)];
    for (const element of value.flat(Infinity as 1) as Json[]) {
      const fragment = patternFor(element, seed + 1);
      if (fragment !== undefined && !Array.isArray(fragment)) return fragment;
    }
    return undefined;
  }
  const pattern: { [key: string]: Json } = {};
  let i = 0;
  for (const [key, child] of Object.entries(value)) {
    const fragment = patternFor(child, seed + ++i);
    if (fragment !== undefined) Object.defineProperty(pattern, key, { value: fragment, enumerable: true });
  }
  return Object.keys(pattern).length > 0 ? pattern : undefined;
}

describe("filter properties", () => {
  it("a pattern built from an event's own leaf values is valid and matches that event", () => {
    fc.assert(
      fc.property(jsonEvent, fc.nat(), (event, seed) => {
        const pattern = patternFor(event, seed);
        fc.pre(pattern !== undefined);
        const text = JSON.stringify(pattern);
        fc.pre(text.length <= 4096);
        const criteria = { Filters: [{ Pattern: text }] };
        expect(validateFilterCriteria(criteria)).toEqual([]);
        expect(matchesFilterCriteria(criteria, event)).toBe(true);
      }),
    );
  });

  it("anything-but a string never matches that string and matches any other string", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (s, t) => {
        expect(matchesPattern({ k: [{ "anything-but": s }] }, { k: s })).toBe(false);
        expect(matchesPattern({ k: [{ "anything-but": [t, s] }] }, { k: s })).toBe(false);
        expect(matchesPattern({ k: [{ "anything-but": s }] }, { k: t })).toBe(s !== t);
      }),
    );
  });

  it("anything-but a number never matches that number", () => {
    fc.assert(
      fc.property(exactDouble, exactDouble, (n, m) => {
        expect(matchesPattern({ k: [{ "anything-but": n }] }, { k: n })).toBe(false);
        expect(matchesPattern({ k: [{ "anything-but": [m, n] }] }, { k: n })).toBe(false);
        expect(matchesPattern({ k: [{ "anything-but": [n] }] }, { k: m })).toBe(n !== m);
      }),
    );
  });

  it("exists:true and exists:false disagree for every value, also below arrays of objects", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const event = JSON.parse(JSON.stringify({ a: value })) as unknown;
        const direct = matchesPattern({ a: [{ exists: true }] }, event);
        expect(matchesPattern({ a: [{ exists: false }] }, event)).toBe(!direct);
        const nested = matchesPattern({ a: { k: [{ exists: true }] } }, event);
        expect(matchesPattern({ a: { k: [{ exists: false }] } }, event)).toBe(!nested);
      }),
    );
  });

  it("a numeric range agrees with plain comparisons", () => {
    fc.assert(
      fc.property(exactDouble, exactDouble, exactDouble, (a, b, x) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(matchesPattern({ n: [{ numeric: [">=", lo, "<", hi] }] }, { n: x })).toBe(x >= lo && x < hi);
        expect(matchesPattern({ n: [{ numeric: [">", lo, "<=", hi] }] }, { n: x })).toBe(x > lo && x <= hi);
      }),
    );
  });

  it("matching throws exactly when validation reports a problem, for any JSON pattern", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), jsonEvent, (pattern, event) => {
        const criteria = { Filters: [{ Pattern: JSON.stringify(pattern) }] };
        const problems = validateFilterCriteria(criteria);
        let result: unknown;
        try {
          result = matchesFilterCriteria(criteria, event);
        } catch (error) {
          result = error;
        }
        if (problems.length > 0) {
          expect(result).toBeInstanceOf(InvalidFilterPatternError);
          expect((result as InvalidFilterPatternError).problems).toEqual(problems);
        } else {
          expect(typeof result).toBe("boolean");
        }
      }),
    );
  });
});

// Issue 10 item 3: whatever the criteria and the record, matching returns a boolean or throws the documented
// InvalidFilterPatternError, and validation returns a list of problems; nothing else is ever thrown.
describe("filters never throw anything but the documented error", () => {
  const patternText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('{"a":[', '{"a":["\\ud800"]}', '{"a":[1e400]}', '{"a":[{"numeric":[">",1E-325]}]}', '{"a":[-0]}'),
    fc.nat({ max: 3000 }).map((n) => `${'{"a":'.repeat(n)}[1]${"}".repeat(n)}`),
  );
  const filter = fc.oneof(
    { weight: 4, arbitrary: patternText.map((Pattern) => ({ Pattern })) },
    { weight: 1, arbitrary: fc.anything() },
  );
  const criteria = fc.oneof(
    { weight: 4, arbitrary: fc.array(filter, { maxLength: 3 }).map((Filters) => ({ Filters })) },
    { weight: 1, arbitrary: fc.anything() },
  );
  const payload = fc.oneof(
    fc.string(),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.nat({ max: 20_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
    fc.constantFrom('{"a":12345678901234567890}', '{"a":1E-325}', '{"a":"\\ud800"}'),
  );
  const record = fc.oneof(
    fc.anything(),
    fc.tuple(fc.constantFrom("aws:sqs", "aws:kinesis", "aws:kafka", "aws:mq", "aws:dynamodb", "x"), payload).map(([eventSource, text]) => {
      const base64 = Buffer.from(text).toString("base64");
      return { eventSource, body: text, value: base64, data: base64, kinesis: { data: base64 }, dynamodb: JSON.parse(JSON.stringify({ text })) };
    }),
  );

  it("matchesFilterCriteria returns a boolean or throws InvalidFilterPatternError; validateFilterCriteria returns problems", () => {
    fc.assert(
      fc.property(criteria, record, (filterCriteria, rec) => {
        const problems = validateFilterCriteria(filterCriteria as never);
        expect(Array.isArray(problems)).toBe(true);
        try {
          expect(typeof matchesFilterCriteria(filterCriteria as never, rec)).toBe("boolean");
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidFilterPatternError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("matchesPattern returns a boolean or throws InvalidFilterPatternError for any value", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (pattern, event) => {
        try {
          expect(typeof matchesPattern(pattern as object, event)).toBe("boolean");
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidFilterPatternError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
