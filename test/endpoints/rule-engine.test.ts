import { describe, expect, it } from "vitest";
import { EndpointError } from "../../src/endpoints/endpoint-error.js";
import { endpointFunctions, getAttr } from "../../src/endpoints/endpoint-functions.js";
import { evaluateRuleSet } from "../../src/endpoints/evaluate-rule-set.js";
import type { EndpointRuleSet, RuleExpression } from "../../src/endpoints/rule-set-types.js";
import { endpointRuleSet } from "../../src/models/endpoint-rule-set.js";

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
