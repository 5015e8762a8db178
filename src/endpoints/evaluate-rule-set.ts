import { EndpointError } from "./endpoint-error.js";
import { getAttr } from "./endpoint-functions.js";
import type { EndpointFunctions, EndpointRule, EndpointRuleSet, RuleExpression } from "./rule-set-types.js";

type Scope = Readonly<Record<string, unknown>>;
type Call = { fn: string; argv: readonly RuleExpression[] };

/**
 * Evaluates a Smithy endpoint rule set for the given parameters and returns the endpoint URL string, or throws an
 * {@link EndpointError} carrying the matching error rule's message.
 *
 * Parameters left undefined take the rule set's declared defaults. The semantics follow the Smithy rules engine as the
 * SDK implements it (`@smithy/core` util-endpoints): rules are tried in order, a condition passes when its value is truthy
 * or the empty string, a condition with `assign` binds its value for the rules below it, and a tree whose conditions
 * matched is final (if none of its rules match, evaluation fails).
 *
 * @example
 * evaluateRuleSet(endpointRuleSet, { Region: "us-east-1" }, endpointFunctions); // "https://lambda.us-east-1.amazonaws.com"
 */
export function evaluateRuleSet(ruleSet: EndpointRuleSet, params: Scope, functions: EndpointFunctions): string {
  const fail = (message: string): never => {
    throw new EndpointError(message);
  };
  const call = ({ fn, argv }: Call, scope: Scope): unknown => {
    const f = functions[fn];
    if (f === undefined) fail(`function ${fn} not loaded in endpointFunctions.`);
    return f!(...argv.map((arg) => evaluate(arg, scope)));
  };
  const evaluate = (expression: RuleExpression, scope: Scope): unknown =>
    typeof expression === "string"
      ? // `{Name}` and `{Name#attr}` placeholders; `{{` and `}}` stand for literal braces.
        expression.replace(/\{\{|\}\}|\{([^{}]+)\}/g, (match, name?: string) => {
          if (name === undefined) return match[0]!;
          const hash = name.indexOf("#");
          const value = hash < 0 ? scope[name] : getAttr(scope[name.slice(0, hash)], name.slice(hash + 1));
          return value == null ? "" : String(value);
        })
      : typeof expression !== "object"
        ? expression
        : "ref" in expression
          ? scope[expression.ref]
          : call(expression, scope);
  const evaluateRules = (rules: readonly EndpointRule[], outer: Scope): string | undefined => {
    rules: for (const rule of rules) {
      let scope = outer;
      for (const condition of rule.conditions) {
        const value = call(condition, scope);
        if (!value && value !== "") continue rules;
        const { assign } = condition;
        if (assign !== undefined) {
          if (assign in scope) fail(`'${assign}' is already defined in Reference Record.`);
          scope = { ...scope, [assign]: value };
        }
      }
      if (rule.type === "endpoint") {
        const url = evaluate(rule.endpoint.url, scope);
        return typeof url === "string" ? url : fail(`Endpoint URL must be a string, got ${typeof url}`);
      }
      if (rule.type === "error") fail(String(evaluate(rule.error, scope)));
      return evaluateRules((rule as Extract<EndpointRule, { type: "tree" }>).rules, scope) ?? fail("Rules evaluation failed");
    }
    return undefined;
  };
  const scope: Record<string, unknown> = { ...params };
  for (const [name, declared] of Object.entries(ruleSet.parameters)) scope[name] ??= declared.default;
  return evaluateRules(ruleSet.rules, scope) ?? fail("Rules evaluation failed");
}
