import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveEndpoint, type EndpointParameters } from "../../src/endpoints/resolve-endpoint.js";

interface EndpointTestCase {
  documentation: string;
  params?: EndpointParameters;
  expect: { endpoint?: { url: string }; error?: string };
}

const model = JSON.parse(readFileSync(new URL("../../model/lambda-esm-model.json", import.meta.url), "utf8")) as {
  endpointTests: { testCases: EndpointTestCase[] };
};
const cases = model.endpointTests.testCases;

describe("the model's endpointTests", () => {
  it("has the 71 test cases this suite expects", () => {
    expect(cases).toHaveLength(71);
  });

  it.each(cases.map((c) => [c.documentation, c] as const))("%s", (_, testCase) => {
    const params = testCase.params ?? {};
    if (testCase.expect.error !== undefined) {
      expect(() => resolveEndpoint(params)).toThrowError(
        expect.objectContaining({ name: "EndpointError", message: testCase.expect.error }),
      );
    } else {
      // The model writes URLs without the trailing slash that URL#href adds for an empty path.
      expect(resolveEndpoint(params).url.href).toBe(new URL(testCase.expect.endpoint!.url).href);
    }
  });
});
