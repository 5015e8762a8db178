import { describe, expect, it } from "vitest";
import { EndpointError } from "../../src/endpoints/endpoint-error.js";
import { endpointFunctions, getAttr } from "../../src/endpoints/endpoint-functions.js";
import { evaluateRuleSet } from "../../src/endpoints/evaluate-rule-set.js";
import type { EndpointRuleSet, RuleExpression } from "../../src/endpoints/rule-set-types.js";
import { endpointRuleSet } from "../../src/models/endpoint-rule-set.js";
import { evaluateEndpointRules } from "../../src/models/endpoint-rules.js";
import { compileEndpointRules } from "../../scripts/compile-endpoint-rules.js";

function functionsUsed(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => functionsUsed(v, found));
  else if (value && typeof value === "object") {
    const fn = (value as { fn?: unknown }).fn;
    if (typeof fn === "string") found.add(fn);
    Object.values(value).forEach((v) => functionsUsed(v, found));
  }
  return found;
}

describe("endpoint rules engine", () => {
  it("implements every function the model's rule set calls", () => {
    const used = [...functionsUsed(endpointRuleSet.rules)].sort();
    expect(used).toEqual(["aws.partition", "booleanEquals", "getAttr", "isSet"]);
    for (const fn of used) expect(endpointFunctions[fn], fn).toBeTypeOf("function");
  });

  it("applies parameter defaults, assigns condition results, and fills templates with {{ }} escapes", () => {
    const ruleSet: EndpointRuleSet = {
      parameters: { Flag: { type: "boolean", default: true }, Name: { type: "string" } },
      rules: [
        {
          type: "tree",
          conditions: [
            { fn: "booleanEquals", argv: [{ ref: "Flag" }, true] },
            { fn: "getAttr", argv: [{ ref: "Name" } as RuleExpression, "x"], assign: "Got" },
          ],
          rules: [{ type: "endpoint", conditions: [], endpoint: { url: "https://{Got}.{{literal}}.{Obj#list[1]}" } }],
        },
        { type: "error", conditions: [], error: "fell through for {Name}" },
      ],
    };
    const fns = { ...endpointFunctions, getAttr: (v: unknown, p: unknown) => (v === "n" ? p : undefined) };
    expect(evaluateRuleSet(ruleSet, { Name: "n", Obj: { list: ["a", "b"] } }, fns)).toBe("https://x.{literal}.b");
    expect(() => evaluateRuleSet(ruleSet, { Name: "other" }, fns)).toThrowError(new EndpointError("fell through for other"));
    expect(() => evaluateRuleSet(ruleSet, { Flag: false, Name: "n" }, fns)).toThrowError("fell through for n");
  });

  it("fails a matched tree whose rules all miss, as the SDK does", () => {
    const ruleSet: EndpointRuleSet = {
      parameters: {},
      rules: [
        { type: "tree", conditions: [], rules: [{ type: "error", conditions: [{ fn: "isSet", argv: [{ ref: "Nope" }] }], error: "x" }] },
        { type: "endpoint", conditions: [], endpoint: { url: "https://never" } },
      ],
    };
    expect(() => evaluateRuleSet(ruleSet, {}, endpointFunctions)).toThrowError("Rules evaluation failed");
  });

  it("reports an unknown function by name", () => {
    const ruleSet: EndpointRuleSet = { parameters: {}, rules: [{ type: "error", conditions: [{ fn: "parseURL", argv: ["x"] }], error: "x" }] };
    expect(() => evaluateRuleSet(ruleSet, {}, endpointFunctions)).toThrowError("function parseURL not loaded in endpointFunctions.");
  });

  it("getAttr reads nested keys and list indexes, and rejects paths through non-objects", () => {
    expect(getAttr({ a: { b: [1, 2, 3] } }, "a.b[2]")).toBe(3);
    expect(getAttr({ a: [1, 2, 3] }, "a[-1]")).toBe(3);
    expect(() => getAttr({ a: 1 }, "a.b")).toThrowError(EndpointError);
  });
});

describe("the rule set compiled by codegen (models/endpoint-rules.ts)", () => {
  // Every combination of the parameters the rule set reads: regions of each partition, the global pseudo-regions,
  // odd strings, and unset/null values, so each branch of the compiled code meets the interpreter's answer.
  const regions = [undefined, null, "", "us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1", "us-isof-south-1", "eusc-de-east-1", "aws-global", "aws-cn-global", "not a region", "{Region}", "`${x}`"];
  const flags = [undefined, null, false, true];
  const endpoints = [undefined, null, "", "https://example.com/base", "http://127.0.0.1:9001"];
  const outcome = (f: () => string): string => {
    try {
      return `url ${f()}`;
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };

  it("answers exactly as the interpreter does with the model's rule set, URL or error", () => {
    let compared = 0;
    for (const Region of regions)
      for (const UseFIPS of flags)
        for (const UseDualStack of flags)
          for (const Endpoint of endpoints) {
            const params = { Region, UseFIPS, UseDualStack, Endpoint } as unknown as Record<string, never>;
            const expected = outcome(() => evaluateRuleSet(endpointRuleSet as unknown as EndpointRuleSet, { ...params }, endpointFunctions));
            expect(outcome(() => evaluateEndpointRules(params)), JSON.stringify(params)).toBe(expected);
            compared++;
          }
    expect(compared).toBe(regions.length * flags.length * flags.length * endpoints.length);
  });

  it("refuses, at codegen, a rule set calling a function it does not know", () => {
    const ruleSet = { parameters: {}, rules: [{ type: "error" as const, conditions: [{ fn: "parseURL", argv: ["x"] }], error: "x" }] };
    expect(() => compileEndpointRules(ruleSet, "f", "object", "")).toThrowError("the rule set calls parseURL, which this compiler does not know");
  });
});
