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
  const problem = (rule: ValidationProblem["rule"], message: string): ValidationProblem => ({ path: "BatchSize", rule, message, value: 0 });

  it("is the LambdaServiceException the SDK makes of the service's ValidationException", () => {
    const error = createValidationError([problem("range", "Value '0' at 'batchSize' failed to satisfy constraint: X"), problem("range", "Value '0' at 'batchSize' failed to satisfy constraint: X")]);
    expect(error).toBeInstanceOf(LambdaServiceException);
    expect(error).not.toBeInstanceOf(InvalidParameterValueException);
    expect(error).toMatchObject({ name: "ValidationException", $fault: "client", $metadata: {} });
    expect(error.message).toBe("1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: X");
  });

  it("is a SerializationException for a wrong type, and Lambda's InvalidParameterValueException for a bad filter", () => {
    expect(createValidationError([problem("range", "r"), problem("type", "STRING_VALUE can not be converted to an Integer")])).toMatchObject({
      name: "SerializationException",
      message: "STRING_VALUE can not be converted to an Integer",
    });
    const filter = createValidationError([problem("filter", "at body: ...")]);
    expect(filter).toBeInstanceOf(InvalidParameterValueException);
    expect(filter).toMatchObject({ name: "InvalidParameterValueException", Type: "User", message: "Invalid filter pattern definition.", $fault: "client" });
  });
});

describe("cachedPattern", () => {
  it("compiles each pattern once", () => {
    expect(cachedPattern("^a+$")).toBe(cachedPattern("^a+$"));
    expect(cachedPattern("^a+$").test("aaa")).toBe(true);
  });
});
