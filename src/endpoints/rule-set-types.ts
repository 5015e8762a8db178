/** A value in an endpoint rule: a literal, a parameter or assigned reference, or a function call. */
export type RuleExpression =
  | string
  | number
  | boolean
  | { readonly ref: string }
  | { readonly fn: string; readonly argv: readonly RuleExpression[] };

/** A rule condition: a function call whose truthy result may be assigned to a name for later rules. */
export interface RuleCondition {
  readonly fn: string;
  readonly argv: readonly RuleExpression[];
  readonly assign?: string;
}

/** One rule of a Smithy endpoint rule set (`endpoint`, `error` or `tree`). */
export type EndpointRule =
  | { readonly type: "endpoint"; readonly conditions: readonly RuleCondition[]; readonly endpoint: { readonly url: RuleExpression } }
  | { readonly type: "error"; readonly conditions: readonly RuleCondition[]; readonly error: RuleExpression }
  | { readonly type: "tree"; readonly conditions: readonly RuleCondition[]; readonly rules: readonly EndpointRule[] };

/** A Smithy endpoint rule set (`smithy.rules#endpointRuleSet`), as the model file holds it. */
export interface EndpointRuleSet {
  readonly parameters: Readonly<Record<string, { readonly type: string; readonly default?: unknown }>>;
  readonly rules: readonly EndpointRule[];
}

/** The functions a rule set may call, by name (`aws.partition` uses its namespaced name). */
export type EndpointFunctions = Readonly<Record<string, (...args: unknown[]) => unknown>>;
