/**
 * Compiles a Smithy endpoint rule set (`smithy.rules#endpointRuleSet`) into the source of one TypeScript function for
 * `npm run codegen`: nested `if`s in rule order, `const`s for assigned values, template literals for URLs and error
 * messages. It returns what `src/endpoints/evaluate-rule-set.ts` returns for the same rule set and parameters (the
 * endpoint URL, or an `EndpointError` with the same message), but ships as a few hundred bytes of code instead of the
 * rule set's JSON plus an interpreter (test/endpoints/rule-engine.test.ts compares the two).
 *
 * Functions it knows: those of `src/endpoints/endpoint-functions.ts` (`isSet`, `booleanEquals`, `getAttr`,
 * `aws.partition`); a rule set that calls another one fails codegen (add it there and here rather than guess).
 */

type Expression = string | number | boolean | { ref: string } | Call;
interface Call {
  fn: string;
  argv: Expression[];
  assign?: string;
}
interface Rule {
  type: "endpoint" | "error" | "tree";
  conditions: Call[];
  endpoint?: { url: Expression };
  error?: Expression;
  rules?: Rule[];
}
interface RuleSet {
  parameters: Record<string, { type: string; default?: unknown }>;
  rules: Rule[];
}

/** What the code knows about a name in scope: whether it cannot be null, and whether it holds a partition. */
interface Binding {
  set: boolean;
  partition: boolean;
}
type Scope = ReadonlyMap<string, Binding>;

const RESERVED = new Set(["fail", "holds", "toUrl", "getAttr", "getPartition", "params", "EndpointError"]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The source of `export function NAME(params: PARAMS_TYPE): string` evaluating `ruleSet` (`doc` is its TSDoc
 * comment), the helpers before it, and the imports it needs.
 */
export function compileEndpointRules(ruleSet: RuleSet, name: string, paramsType: string, doc: string): { imports: string[]; code: string } {
  const used = new Set<string>();
  const identifier = (id: string): string => {
    if (!IDENTIFIER.test(id) || RESERVED.has(id)) throw new Error(`compile-endpoint-rules: cannot name ${JSON.stringify(id)} in generated code`);
    return id;
  };
  const lookup = (scope: Scope, ref: string): Binding => {
    const binding = scope.get(ref);
    if (!binding) throw new Error(`compile-endpoint-rules: reference to undefined ${ref}`);
    return binding;
  };
  // A string argument is a template: `{Name}`, `{Name#path}`, `{{` and `}}` for literal braces.
  const template = (text: string, scope: Scope): string => {
    let out = "";
    let dynamic = false;
    let last = 0;
    for (const match of text.matchAll(/\{\{|\}\}|\{([^{}]+)\}/g)) {
      out += escapeTemplate(text.slice(last, match.index));
      last = match.index + match[0].length;
      if (match[1] === undefined) {
        out += match[0][0];
        continue;
      }
      dynamic = true;
      const hash = match[1].indexOf("#");
      const [value, known] = hash < 0 ? reference(match[1], scope) : attribute(match[1].slice(0, hash), match[1].slice(hash + 1), scope);
      out += known ? `\${${value}}` : `\${${value} ?? ""}`;
    }
    out += escapeTemplate(text.slice(last));
    return dynamic ? `\`${out}\`` : JSON.stringify(text);
  };
  const reference = (ref: string, scope: Scope): [string, boolean] => [identifier(ref), lookup(scope, ref).set];
  // getAttr on a partition (always an object with every attribute set) is a property access; otherwise the function.
  const attribute = (ref: string, path: string, scope: Scope): [string, boolean] => {
    if (lookup(scope, ref).partition && IDENTIFIER.test(path)) return [`${identifier(ref)}.${path}`, true];
    used.add("getAttr");
    return [`getAttr(${identifier(ref)}, ${JSON.stringify(path)})`, false];
  };
  const expression = (e: Expression, scope: Scope): string => {
    if (typeof e === "string") return template(e, scope);
    if (typeof e !== "object") return JSON.stringify(e);
    if ("ref" in e) return reference(e.ref, scope)[0];
    const args = e.argv.map((a) => expression(a, scope));
    switch (e.fn) {
      case "isSet":
        return `${args[0]} != null`;
      case "booleanEquals":
        return `${args[0]} === ${args[1]}`;
      case "getAttr": {
        const [target, path] = e.argv;
        if (typeof target === "object" && target !== null && "ref" in target && typeof path === "string" && !path.includes("{")) {
          return attribute(target.ref, path, scope)[0];
        }
        used.add("getAttr");
        return `getAttr(${args[0]}, ${args[1]})`;
      }
      case "aws.partition":
        used.add("getPartition");
        return `getPartition(String(${args[0]}))`;
      default:
        throw new Error(`compile-endpoint-rules: the rule set calls ${e.fn}, which this compiler does not know`);
    }
  };
  const indent = (lines: string[]): string[] => lines.map((l) => `  ${l}`);
  // The rules in order, then the interpreter's "Rules evaluation failed" when none applied. A rule without conditions
  // always ends the evaluation (its body returns or throws), so nothing after it is emitted.
  const rules = (list: Rule[], scope: Scope): string[] => {
    const out: string[] = [];
    for (const rule of list) {
      out.push(...conditions(rule, 0, scope));
      if (rule.conditions.length === 0) return out;
    }
    return [...out, `return fail("Rules evaluation failed");`];
  };
  const conditions = (rule: Rule, index: number, scope: Scope): string[] => {
    if (index === rule.conditions.length) return body(rule, scope);
    const condition = rule.conditions[index]!;
    const value = expression(condition, scope);
    if (condition.assign === undefined) {
      const inner = new Map(scope);
      const [first] = condition.argv;
      if (condition.fn === "isSet" && typeof first === "object" && first !== null && "ref" in first) inner.set(first.ref, { ...lookup(scope, first.ref), set: true });
      // isSet and booleanEquals give booleans; any other value holds when truthy or "" (the interpreter's rule).
      const test = condition.fn === "isSet" || condition.fn === "booleanEquals" ? value : `holds(${value})`;
      if (test !== value) used.add("holds");
      return [`if (${test}) {`, ...indent(conditions(rule, index + 1, inner)), "}"];
    }
    const assigned = identifier(condition.assign);
    if (scope.has(assigned)) throw new Error(`compile-endpoint-rules: '${assigned}' is already defined in Reference Record.`);
    const partition = condition.fn === "aws.partition";
    const inner = new Map(scope).set(assigned, { set: partition, partition });
    // A condition holds when its value is truthy or "" (the interpreter's rule); a partition is always an object.
    const test = partition ? [] : [`if (${assigned} || ${assigned} === "") {`];
    const rest = conditions(rule, index + 1, inner);
    return ["{", ...indent([`const ${assigned} = ${value};`, ...(partition ? rest : [...test, ...indent(rest), "}"])]), "}"];
  };
  const body = (rule: Rule, scope: Scope): string[] => {
    if (rule.type === "endpoint") {
      const url = rule.endpoint!.url;
      if (typeof url === "string") return [`return ${template(url, scope)};`];
      used.add("toUrl");
      return [`return toUrl(${expression(url, scope)});`];
    }
    if (rule.type === "error") return [`return fail(${typeof rule.error === "string" ? template(rule.error, scope) : `String(${expression(rule.error!, scope)})`});`];
    return rules(rule.rules ?? [], scope);
  };

  const scope = new Map<string, Binding>();
  const prologue: string[] = [];
  for (const [param, declared] of Object.entries(ruleSet.parameters)) {
    const id = identifier(param);
    const fallback = declared.default === undefined ? "" : ` ?? ${JSON.stringify(declared.default)}`;
    prologue.push(`const ${id} = params.${id}${fallback};`);
    scope.set(param, { set: declared.default !== undefined, partition: false });
  }
  const statements = [...prologue, ...rules(ruleSet.rules, scope)];
  const helpers = [
    "const fail = (message: string): never => {",
    "  throw new EndpointError(message);",
    "};",
    ...(used.has("holds") ? ['const holds = (value: unknown): boolean => !!value || value === "";'] : []),
    ...(used.has("toUrl") ? ['const toUrl = (url: unknown): string => (typeof url === "string" ? url : fail(`Endpoint URL must be a string, got ${typeof url}`));'] : []),
  ];
  const imports = [
    'import { EndpointError } from "../endpoints/endpoint-error.js";',
    ...(used.has("getAttr") ? ['import { getAttr } from "../endpoints/endpoint-functions.js";'] : []),
    ...(used.has("getPartition") ? ['import { getPartition } from "../endpoints/get-partition.js";'] : []),
  ];
  const code = [...helpers, "", doc, `export function ${name}(params: ${paramsType}): string {`, ...indent(statements), "}"].join("\n");
  return { imports, code };
}

function escapeTemplate(text: string): string {
  return text.replace(/[`\\]|\$\{/g, (c) => `\\${c}`);
}
