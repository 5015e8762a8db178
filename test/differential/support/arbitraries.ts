import fc from "fast-check";
import { shapeSchemas } from "../../../src/models/schema.js";

// fast-check arbitraries that build "valid-ish" inputs from the model itself: every member may be
// absent, null or oddly valued, with awkward strings, numbers, timestamps and extra keys mixed in.

const AWKWARD = ["/", " ", "+", "%", "é", "~", "*", "'", "(", ")", "!", "=", "&", "?", "#", ":", "@", "\"", "\\", "\n", "🚀", "%2F", "..", "."];

/** Strings that stress encoding: plain, awkward characters, full unicode, or empty. */
export const awkwardString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.array(fc.constantFrom(...AWKWARD), { maxLength: 6 }).map((parts) => parts.join("")),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.constant(""),
    fc.uuid(),
  );

/** Map keys, including ones that are special to JavaScript objects. */
const mapKey = (): fc.Arbitrary<string> => fc.oneof(awkwardString(), fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"));

const number = (): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.constantFrom(0, -1, 2 ** 31, 1.5, Number.NaN, Number.POSITIVE_INFINITY));

const timestamp = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.date({ min: new Date(-1e12), max: new Date(4e12), noInvalidDate: true }),
    fc.integer({ min: 0, max: 2e9 }),
    fc.double({ min: 0, max: 2e9, noNaN: true }),
  );

/** A value for a shape of the model, or sometimes `null`/`undefined`. */
export function shapeValue(shapeName: string, depth = 0): fc.Arbitrary<unknown> {
  const schema = shapeSchemas[shapeName];
  if (!schema) throw new Error(`no shape ${shapeName}`);
  const base = ((): fc.Arbitrary<unknown> => {
    switch (schema.type) {
      case "structure":
        return structureValue(shapeName, depth);
      case "list":
        return fc.array(fc.oneof({ weight: 6, arbitrary: shapeValue(schema.member!, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 3 });
      case "map":
        return fc.dictionary(
          fc.oneof(schema.key && shapeSchemas[schema.key]?.values ? fc.constantFrom(...shapeSchemas[schema.key]!.values!) : mapKey(), mapKey()),
          fc.oneof({ weight: 6, arbitrary: shapeValue(schema.value!, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) }),
          { maxKeys: 3, noNullPrototype: true },
        );
      case "enum":
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.values!) }, { weight: 1, arbitrary: awkwardString() });
      case "integer":
      case "long":
        return number();
      case "boolean":
        return fc.boolean();
      case "timestamp":
        return timestamp();
      default:
        return awkwardString();
    }
  })();
  return fc.oneof({ weight: 8, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
}

/** A structure with any subset of its members, and now and then an unknown extra key. */
export function structureValue(shapeName: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const schema = shapeSchemas[shapeName]!;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const member of schema.members!) model[member.name] = shapeValue(member.target, depth + 1);
  return fc
    .tuple(fc.record(model, { requiredKeys: [], noNullPrototype: true }), fc.option(fc.tuple(fc.constantFrom("Extra", "uuid", "functionName"), fc.jsonValue({ maxDepth: 1 })), { nil: undefined }))
    .map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record));
}

/** The input of an operation, with a label member always present when the operation has one. */
export function operationInput(inputShape: string): fc.Arbitrary<Record<string, unknown>> {
  const schema = shapeSchemas[inputShape]!;
  const hasLabel = schema.members!.some((m) => m.http === "label");
  return hasLabel
    ? fc.tuple(structureValue(inputShape), fc.oneof(awkwardString(), fc.integer())).map(([input, UUID]) => ({ ...input, UUID }))
    : structureValue(inputShape);
}
