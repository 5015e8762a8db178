import { describe, expect, it } from "vitest";
import { validateFilterCriteria } from "../../src/filters/index.js";
import { validateInput } from "../../src/validation/validate-input.js";

const base = { FunctionName: "my-function", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue" };
const withFilters = (Filters: unknown[], shape = "CreateEventSourceMappingRequest") =>
  validateInput(shape, { ...base, UUID: "u", FilterCriteria: { Filters } });
const pattern = (p: unknown) => ({ Pattern: JSON.stringify(p) });

describe("validateInput: FilterCriteria uses Lambda's filter syntax", () => {
  it("accepts valid patterns, in Create and in Update", () => {
    const filters = [pattern({ body: { type: ["order"], total: [{ numeric: [">", 100] }] } }), pattern({ eventName: ["INSERT"] })];
    expect(withFilters(filters)).toEqual([]);
    expect(withFilters(filters, "UpdateEventSourceMappingRequest")).toEqual([]);
  });

  it("does not reject on the number of filters, which is an account quota", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => pattern({ body: { n: [i] } }));
    expect(validateFilterCriteria({ Filters: eleven }).length).toBeGreaterThan(0); // the filters module's default quota of 5
    expect(withFilters(eleven)).toEqual([]);
  });

  it.each([
    ["invalid JSON", { Pattern: "{" }],
    ["a scalar instead of an array", pattern({ eventSource: "aws:sqs" })],
    ["an empty array", pattern({ eventSource: [] })],
    ["an unknown operator", pattern({ body: { n: [{ NUMERIC: [">", 1] }] } })],
    ["a missing Pattern", {}],
    ["an empty Pattern", { Pattern: "" }],
  ])("rejects %s at FilterCriteria.Filters[1].Pattern", (_name, bad) => {
    const problems = withFilters([pattern({ a: [1] }), bad]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path === "FilterCriteria.Filters[1].Pattern" && p.rule === "filter")).toBe(true);
  });

  it("says where in the pattern the problem is, or shows the whole pattern", () => {
    const bad = pattern({ body: { price: [{ numeric: [">", 10, "<", 5] }] } });
    const [problem] = withFilters([bad]);
    expect(problem).toMatchObject({ path: "FilterCriteria.Filters[0].Pattern", rule: "filter", value: bad.Pattern });
    expect(problem!.message).toBe("at body.price[0].numeric: the lower bound (10) must be less than the upper bound (5) (filter)");
    expect(withFilters([{ Pattern: "{" }])[0]!.message).toMatch(/^is not valid JSON \(.+\) \(filter\), got "\{"$/);
  });

  it("keeps the caller's indexes when null filters are dropped, as the SDK drops them", () => {
    expect(withFilters([null, pattern({ a: [1] })])).toEqual([]);
    expect(withFilters([null, { Pattern: "{" }]).map((p) => p.path)).toEqual(["FilterCriteria.Filters[1].Pattern"]);
  });

  it("reports a model violation of a filter once, not again as a filter problem", () => {
    expect(withFilters([{ Pattern: 42 }]).map((p) => `${p.path} ${p.rule}`)).toEqual(["FilterCriteria.Filters[0].Pattern type"]);
    const tooLong = JSON.stringify({ body: { a: ["x".repeat(4100)] } });
    expect(withFilters([{ Pattern: tooLong }]).map((p) => `${p.path} ${p.rule}`)).toEqual(["FilterCriteria.Filters[0].Pattern length"]);
    expect(withFilters(["not a filter"]).map((p) => `${p.path} ${p.rule}`)).toEqual(["FilterCriteria.Filters[0] type"]);
  });
});
