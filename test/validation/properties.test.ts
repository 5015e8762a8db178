import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operationSchemas } from "../../src/models/operations.js";
import { shapeSchemas } from "../../src/models/schema.js";
import { serviceValidationError } from "../../src/validation/service-error.js";
import { validateInput } from "../../src/validation/validate-input.js";
import { applyViolation, violationsOf, type Violation } from "./one-violation.js";
import { validArbitrary } from "./arbitrary-from-schema.js";

const inputs = Object.values(operationSchemas).map((op) => ({ operation: op.name, shape: op.input }));
const SCALARS = new Set(["string", "enum", "integer", "long", "boolean", "timestamp"]);

/**
 * The member path the service names for a violation, derived from the model independently of the validator:
 * lower-camel member names, `.N.member` (1-based) for items of a list of structures; a list of scalars and a map are
 * named as a whole.
 */
export function servicePathOf(shapeName: string, segments: readonly (string | number)[]): string {
  let schema = shapeSchemas[shapeName]!;
  const parts: string[] = [];
  for (const segment of segments) {
    if (schema.type === "structure") {
      const member = schema.members!.find((m) => m.name === segment)!;
      parts.push(member.name[0]!.toLowerCase() + member.name.slice(1));
      schema = shapeSchemas[member.target]!;
    } else if (schema.type === "list") {
      const item = shapeSchemas[schema.member!]!;
      if (SCALARS.has(item.type)) break;
      parts.push(`${Number(segment) + 1}`, "member");
      schema = item;
    } else break;
  }
  return parts.join(".");
}

const check = (shape: string, input: unknown, violation: Violation) => {
  const problems = validateInput(shape, input);
  const where = `${violation.path} (${violation.rule}) with ${fc.stringify(violation.replacement).slice(0, 80)}`;
  expect(problems.length, where).toBeGreaterThan(0);
  expect(problems.some((p) => p.path === violation.path && p.rule === violation.rule), where).toBe(true);
  // An oversized map of enum keys can also break its key constraint, so children of the path may be named too.
  expect(problems.every((p) => p.path === violation.path || p.path.startsWith(`${violation.path}.`) || p.path.startsWith(`${violation.path}[`)), where).toBe(true);
  const answer = serviceValidationError(problems)!;
  if (violation.rule === "type") {
    expect(answer.code, where).toBe("SerializationException");
    expect(answer.message, where).toMatch(/^(?:(?:STRING|NUMBER|TRUE|FALSE)_VALUE can not be converted to an? \w+|Start of (?:list|structure or map) found where not expected\.)$/);
  } else if (violation.rule === "filter") {
    expect([answer.code, answer.message], where).toEqual(["InvalidParameterValueException", "Invalid filter pattern definition."]);
  } else {
    // One spot can break several constraints (too long and off-pattern): each is one error, all at that member.
    const servicePath = servicePathOf(shape, violation.segments);
    const count = new Set(problems.map((p) => p.message)).size;
    expect(answer.code, where).toBe("ValidationException");
    expect(answer.message.startsWith(`${count} validation error${count === 1 ? "" : "s"} detected: Value `), where).toBe(true);
    for (const message of answer.message.slice(answer.message.indexOf(": ") + 2).split(/; (?=Value )/)) {
      expect(message, where).toMatch(new RegExp(`^Value (?:null|'[\\s\\S]*') at '${servicePath.replace(/\./g, "\\.")}' failed to satisfy constraint: (?:Member|Map) `));
    }
  }
};

describe.each(inputs)("$operation input ($shape)", ({ shape }) => {
  it("accepts every input the model allows", () => {
    fc.assert(
      fc.property(fc.oneof(validArbitrary(shape), validArbitrary(shape, true)), (input) => {
        expect(validateInput(shape, input)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("reports one broken constraint at its path, with its rule and exactly the service's message", () => {
    const broken = fc.oneof(validArbitrary(shape), validArbitrary(shape, true)).chain((input) => {
      const violations = violationsOf(shape, input);
      return fc.constantFrom(...violations).map((violation) => ({ input: applyViolation(input, violation), violation }));
    });
    fc.assert(
      fc.property(broken, ({ input, violation }) => check(shape, input, violation)),
      { numRuns: 300 },
    );
  });

  it("reports every violation reachable in an input with every member present", () => {
    const [full] = fc.sample(validArbitrary(shape, true), { numRuns: 1, seed: 7 });
    const violations = violationsOf(shape, full);
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) check(shape, applyViolation(full, violation), violation);
  });
});
