import fc from "fast-check";
import { shapeSchemas } from "../../src/models/schema.js";
import type { Bound, ShapeSchema } from "../../src/models/schema-types.js";
import { fullMatchSource, servicePattern } from "../../src/validation/service-wording.js";

// Generates values the model allows, for any shape, from the runtime tables alone (src/models/schema.ts).
// `full` makes every optional structure member present, so that mutations can reach every member.

const INT32: Bound = [-2147483648, 2147483647];
const MAX_COLLECTION = 3;
const cache = new Map<string, fc.Arbitrary<unknown>>();

/** Number of code points, Smithy's unit for string length (counted independently of the code under test). */
export const codePoints = (s: string): number => Array.from(s).length;

/** True when a string's code point count is inside a `[min, max]` bound. */
export const lengthOk = (s: string, bound: Bound | undefined): boolean =>
  !bound || ((bound[0] === null || codePoints(s) >= bound[0]) && (bound[1] === null || codePoints(s) <= bound[1]));

/** An arbitrary of values of `shapeName` that satisfy every constraint of the model (and Lambda's filter syntax). */
export function validArbitrary(shapeName: string, full = false): fc.Arbitrary<unknown> {
  const key = `${shapeName}:${full}`;
  let arb = cache.get(key);
  if (!arb) {
    arb = build(shapeName, shapeSchemas[shapeName]!, full);
    cache.set(key, arb);
  }
  return arb;
}

function build(name: string, schema: ShapeSchema, full: boolean): fc.Arbitrary<unknown> {
  if (name === "Filter") return fc.record({ Pattern: filterPatternArbitrary });
  switch (schema.type) {
    case "structure": {
      const members = schema.members ?? [];
      const model = Object.fromEntries(members.map((m) => [m.name, m.http ? httpArbitrary(m.target) : validArbitrary(m.target, full)]));
      const requiredKeys = members.filter((m) => full || m.required).map((m) => m.name);
      return fc.record(model, { requiredKeys });
    }
    case "list": {
      const [min, max] = collectionBounds(schema.length, full);
      return fc.array(validArbitrary(schema.member!, full), { minLength: min, maxLength: max });
    }
    case "map": {
      const [min, max] = collectionBounds(schema.length, full);
      return fc.dictionary(keyArbitrary(schema.key!), validArbitrary(schema.value!, full), { minKeys: min, maxKeys: max });
    }
    case "enum":
      // The service checks enums, case-sensitively.
      return fc.constantFrom(...(schema.values ?? []));
    case "integer":
    case "long": {
      const [min, max] = schema.range ?? INT32;
      const integer = fc.integer({ min: min ?? INT32[0]!, max: max ?? INT32[1]! });
      // The SDK writes a bigint as a bare JSON number, so an in-range bigint is valid too.
      return fc.oneof({ arbitrary: integer, weight: 4 }, { arbitrary: integer.map((n) => BigInt(n)), weight: 1 });
    }
    case "boolean":
      return fc.boolean();
    case "timestamp":
      // Date's range, in seconds: what a timestamp can hold.
      return fc.oneof(fc.date({ noInvalidDate: true }), fc.double({ min: -8.64e12, max: 8.64e12, noNaN: true }));
    case "string":
      return stringArbitrary(name, schema);
  }
}

function collectionBounds(bound: Bound | undefined, full: boolean): [number, number] {
  const min = Math.max(bound?.[0] ?? 0, full ? 1 : 0);
  return [min, Math.max(min, Math.min(bound?.[1] ?? MAX_COLLECTION, MAX_COLLECTION))];
}

function keyArbitrary(shapeName: string): fc.Arbitrary<string> {
  const schema = shapeSchemas[shapeName]!;
  if (schema.type === "enum") return fc.constantFrom(...(schema.values ?? []));
  return stringArbitrary(shapeName, schema);
}

/** The service's pattern for a shape, matched against the whole value (Java's `matches()`). */
export const servicePatternRegex = (shapeName: string, pattern: string): RegExp => new RegExp(fullMatchSource(servicePattern(shapeName, pattern)));

function stringArbitrary(name: string, schema: ShapeSchema): fc.Arbitrary<string> {
  if (schema.pattern === undefined) {
    // Any code point, astral ones included: lengths count code points, not UTF-16 units.
    return fc.string({ unit: "binary", minLength: schema.length?.[0] ?? 0, maxLength: Math.min(schema.length?.[1] ?? 40, 40) });
  }
  const regex = servicePatternRegex(name, schema.pattern);
  let matching: fc.Arbitrary<string>;
  try {
    matching = fc.stringMatching(regex);
  } catch {
    // fast-check cannot generate from some patterns (lookahead, empty alternatives): filter random strings instead.
    matching = fc.oneof(fc.string(), fc.string({ unit: "binary" })).filter((s) => regex.test(s));
  }
  return matching.filter((s) => lengthOk(s, schema.length));
}

// Query, label and header members go out as text, so the text of a number is as good as the number.
function httpArbitrary(shapeName: string): fc.Arbitrary<unknown> {
  const schema = shapeSchemas[shapeName]!;
  if (schema.type !== "integer") return validArbitrary(shapeName);
  const [min, max] = schema.range ?? INT32;
  const integer = fc.integer({ min: min ?? INT32[0]!, max: max ?? INT32[1]! });
  return fc.oneof(integer, integer.map(String));
}

const fieldName = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/);
const matcher = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ prefix: fc.string({ minLength: 1, maxLength: 5 }) }),
  fc.record({ exists: fc.boolean() }),
  fc.record({ numeric: fc.tuple(fc.constantFrom(">", ">=", "<", "<=", "="), fc.integer({ min: -1000, max: 1000 })) }),
);
const leaf = fc.array(matcher, { minLength: 1, maxLength: 3 });
const patternObject = fc.dictionary(fieldName, fc.oneof(leaf, fc.dictionary(fieldName, leaf, { minKeys: 1, maxKeys: 2 })), {
  minKeys: 1,
  maxKeys: 3,
});

/** Valid `Filter.Pattern` texts: the model allows any string up to 4096 characters, Lambda only JSON patterns. */
export const filterPatternArbitrary: fc.Arbitrary<string> = patternObject.map((p) => JSON.stringify(p));
