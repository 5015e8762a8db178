import { EndpointError } from "./endpoint-error.js";
import { getAttr } from "./endpoint-functions.js";
import type { EndpointFunctions, EndpointRule, EndpointRuleSet, RuleCondition, RuleExpression } from "./rule-set-types.js";

type Scope = Readonly<Record<string, unknown>>;

/**
 * Evaluates a Smithy endpoint rule set for the given parameters and returns the endpoint URL string, or throws an
 * {@link EndpointError} carrying the matching error rule's message.
 *
 * Parameters left undefined take the rule set's declared defaults. The semantics follow the Smithy rules engine as the
 * SDK implements it (`@smithy/core` util-endpoints): rules are tried in order, a condition passes when its value is truthy
 * or the empty string, and a condition with `assign` binds its value for the rules below it.
 *
 * @example
 * evaluateRuleSet(endpointRuleSet, { Region: "us-east-1" }, endpointFunctions); // "https://lambda.us-east-1.amazonaws.com"
 */
export function evaluateRuleSet(
  ruleSet: EndpointRuleSet,
  params: Readonly<Record<string, unknown>>,
  functions: EndpointFunctions,
): string {
  const scope: Record<string, unknown> = { ...params };
  for (const [name, declared] of Object.entries(ruleSet.parameters)) {
    scope[name] ??= declared.default;
  }
  const url = evaluateRules(ruleSet.rules, scope, functions);
  if (url === undefined) throw new EndpointError("Rules evaluation failed");
  return url;
}

function evaluateRules(rules: readonly EndpointRule[], scope: Scope, functions: EndpointFunctions): string | undefined {
  for (const rule of rules) {
    const ruleScope = evaluateConditions(rule.conditions, scope, functions);
    if (ruleScope === undefined) continue;
    if (rule.type === "endpoint") {
      const url = evaluate(rule.endpoint.url, ruleScope, functions);
      if (typeof url !== "string") throw new EndpointError(`Endpoint URL must be a string, got ${typeof url}`);
      return url;
    }
    if (rule.type === "error") throw new EndpointError(String(evaluate(rule.error, ruleScope, functions)));
    // A tree whose conditions matched is final: if none of its rules match, evaluation fails (as in the SDK).
    const url = evaluateRules(rule.rules, ruleScope, functions);
    if (url === undefined) throw new EndpointError("Rules evaluation failed");
    return url;
  }
  return undefined;
}

function evaluateConditions(conditions: readonly RuleCondition[], scope: Scope, functions: EndpointFunctions): Scope | undefined {
  let current = scope;
  for (const condition of conditions) {
    const value = callFunction(condition, current, functions);
    if (!(value === "" || Boolean(value))) return undefined;
    if (condition.assign !== undefined) {
      if (condition.assign in current) throw new EndpointError(`'${condition.assign}' is already defined in Reference Record.`);
      current = { ...current, [condition.assign]: value };
    }
  }
  return current;
}

function callFunction(call: { fn: string; argv: readonly RuleExpression[] }, scope: Scope, functions: EndpointFunctions): unknown {
  const fn = functions[call.fn];
  if (fn === undefined) throw new EndpointError(`function ${call.fn} not loaded in endpointFunctions.`);
  return fn(...call.argv.map((arg) => evaluate(arg, scope, functions)));
}

function evaluate(expression: RuleExpression, scope: Scope, functions: EndpointFunctions): unknown {
  if (typeof expression === "string") return evaluateTemplate(expression, scope);
  if (typeof expression !== "object") return expression;
  if ("ref" in expression) return scope[expression.ref];
  return callFunction(expression, scope, functions);
}

/** Fills `{Name}` and `{Name#attr}` placeholders; `{{` and `}}` stand for literal braces. */
function evaluateTemplate(template: string, scope: Scope): string {
  return template.replace(/\{\{|\}\}|\{([^{}]+)\}/g, (match, name: string | undefined) => {
    if (name === undefined) return match[0]!;
    const hash = name.indexOf("#");
    const value = hash === -1 ? scope[name] : getAttr(scope[name.slice(0, hash)], name.slice(hash + 1));
    return value == null ? "" : String(value);
  });
}
