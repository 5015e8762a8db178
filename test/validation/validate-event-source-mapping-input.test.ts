import { describe, expect, it } from "vitest";
import { InvalidParameterValueException, LambdaServiceException } from "../../src/models/errors.js";
import { cachedPattern } from "../../src/validation/cached-pattern.js";
import { validateEventSourceMappingInput } from "../../src/validation/index.js";
import { createValidationError } from "../../src/validation/validation-error.js";
import type { ValidationProblem } from "../../src/validation/validation-problem.js";

describe("validateEventSourceMappingInput", () => {
  const invalid = { FunctionName: "my-function", BatchSize: 0 };

  it("takes an operation, a command or a shape name", () => {
    for (const target of ["CreateEventSourceMapping", "CreateEventSourceMappingCommand", "CreateEventSourceMappingRequest"]) {
      expect(validateEventSourceMappingInput(target, invalid).map((p) => p.path)).toEqual(["BatchSize"]);
    }
    expect(validateEventSourceMappingInput("ScalingConfig", { MaximumConcurrency: 1 }).map((p) => p.path)).toEqual(["MaximumConcurrency"]);
    expect(validateEventSourceMappingInput("UpdateEventSourceMapping", { UUID: "u", BatchSize: 5 })).toEqual([]);
  });

  it("throws a TypeError naming the operations for an unknown name", () => {
    expect(() => validateEventSourceMappingInput("CreateFunction", {})).toThrow(/CreateEventSourceMapping, DeleteEventSourceMapping/);
  });
});

describe("createValidationError", () => {
  const problem = (path: string): ValidationProblem => ({ path, rule: "range", message: "must be between 1 and 10 (range [1, 10]), got 0", value: 0 });

  it("is the service's InvalidParameterValueException, listing each path, rule and value", () => {
    const error = createValidationError("CreateEventSourceMapping", [problem("BatchSize"), problem("")]);
    expect(error).toBeInstanceOf(InvalidParameterValueException);
    expect(error).toBeInstanceOf(LambdaServiceException);
    expect(error).toMatchObject({ name: "InvalidParameterValueException", $fault: "client", Type: "User", $metadata: {} });
    expect(error.message).toBe(
      "CreateEventSourceMapping: 2 invalid parameters (nothing was sent):\n" +
        "  - BatchSize: must be between 1 and 10 (range [1, 10]), got 0\n" +
        "  - (input): must be between 1 and 10 (range [1, 10]), got 0",
    );
  });

  it("lists at most 25 problems and counts the rest", () => {
    const error = createValidationError("X", Array.from({ length: 30 }, (_, i) => problem(`Topics[${i}]`)));
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("X: 30 invalid parameters (nothing was sent):");
    expect(lines).toHaveLength(27);
    expect(lines[26]).toBe("  - ... and 5 more");
  });
});

describe("cachedPattern", () => {
  it("compiles each pattern once", () => {
    expect(cachedPattern("^a+$")).toBe(cachedPattern("^a+$"));
    expect(cachedPattern("^a+$").test("aaa")).toBe(true);
  });
});
