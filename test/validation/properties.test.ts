import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operationSchemas } from "../../src/models/operations.js";
import { validateInput } from "../../src/validation/validate-input.js";
import { applyViolation, violationsOf } from "./one-violation.js";
import { validArbitrary } from "./arbitrary-from-schema.js";

const inputs = Object.values(operationSchemas).map((op) => ({ operation: op.name, shape: op.input }));

describe.each(inputs)("$operation input ($shape)", ({ shape }) => {
  it("accepts every input the model allows", () => {
    fc.assert(
      fc.property(fc.oneof(validArbitrary(shape), validArbitrary(shape, true)), (input) => {
        expect(validateInput(shape, input)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("catches one broken constraint, at its path and with its rule", () => {
    const broken = fc.oneof(validArbitrary(shape), validArbitrary(shape, true)).chain((input) => {
      const violations = violationsOf(shape, input);
      return fc.constantFrom(...violations).map((violation) => ({ input: applyViolation(input, violation), violation }));
    });
    fc.assert(
      fc.property(broken, ({ input, violation }) => {
        const problems = validateInput(shape, input);
        expect(problems.length).toBeGreaterThan(0);
        expect(problems.map((p) => p.path)).toEqual(problems.map(() => violation.path));
        expect(problems.map((p) => p.rule)).toContain(violation.rule);
      }),
      { numRuns: 300 },
    );
  });

  it("catches every violation reachable in an input with every member present", () => {
    const [full] = fc.sample(validArbitrary(shape, true), { numRuns: 1, seed: 7 });
    const violations = violationsOf(shape, full);
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) {
      const problems = validateInput(shape, applyViolation(full, violation));
      const where = `${violation.path} (${violation.rule}) with ${fc.stringify(violation.replacement).slice(0, 60)}`;
      expect(problems.length, where).toBeGreaterThan(0);
      expect(problems.every((p) => p.path === violation.path), where).toBe(true);
      expect(problems.some((p) => p.rule === violation.rule), where).toBe(true);
    }
  });
});
