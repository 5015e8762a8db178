import { shapeSchemas } from "../models/schema.js";
import type { MemberSchema, ShapeSchema } from "../models/schema-types.js";
import { type Check, type Location, childPath, isAbsent, isRecord, mismatch, violation } from "./check.js";
import { compileScalarCheck } from "./compile-scalar-check.js";
import { constraintClauses, lengthClause, NOT_NULL, serviceItemPath, serviceMemberName, violationMessage } from "./service-wording.js";
import type { ValidationProblem } from "./validation-problem.js";

/** A check run on a structure after its members were checked, e.g. Lambda's FilterCriteria syntax. @internal */
export type StructureHook = (value: Record<string, unknown>, at: Location, out: ValidationProblem[]) => void;

const noCheck: Check = () => {};
const SCALARS = new Set<ShapeSchema["type"]>(["string", "enum", "integer", "long", "boolean", "timestamp"]);

/**
 * Returns a function that compiles (once, then from a cache) the check of a model shape and of everything nested in
 * it, with the rules and words of the service's validation framework (see docs/validation.md): members in model
 * order, depth first; list items of a structure type at `list.N.member.x`; the items of a list of scalars, and the
 * keys and values of a map, reported once per list or map with every constraint of the item, key or value.
 * `hooks` add checks to structures by shape name; `schemas` is the model (tests pass their own). `sdkInput` checks an
 * SDK input as the serializer writes it (an array or `Date` in place of a structure goes out as `{}`, in place of a
 * map as its index keys); otherwise the value is parsed JSON, where those are the deserializer's type errors.
 * @internal
 */
export function createShapeCheckCompiler(
  hooks: Readonly<Record<string, StructureHook>> = {},
  schemas: Readonly<Record<string, ShapeSchema>> = shapeSchemas,
  sdkInput = false,
): (shapeName: string) => Check | undefined {
  const objectLike = (value: unknown): value is Record<string, unknown> => (sdkInput ? typeof value === "object" && value !== null : isRecord(value));
  const cache = new Map<string, Check>();
  const clauses = new Map<string, readonly string[]>();

  const clausesOf = (name: string): readonly string[] => {
    let found = clauses.get(name);
    if (!found) {
      const schema = schemas[name];
      found = schema ? constraintClauses(name, schema, clausesOf) : [];
      clauses.set(name, found);
    }
    return found;
  };

  function compile(name: string): Check | undefined {
    const cached = cache.get(name);
    if (cached) return cached;
    const schema = schemas[name];
    if (!schema) return undefined;
    let built: Check | undefined;
    // Stands in for the shape while its own members are compiled, so a recursive shape terminates.
    cache.set(name, (value, at, out) => built!(value, at, out));
    built = build(name, schema, hooks[name]);
    cache.set(name, built);
    return built;
  }

  function build(name: string, schema: ShapeSchema, hook: StructureHook | undefined): Check {
    switch (schema.type) {
      case "structure":
        return structureCheck(schema.members ?? [], hook);
      case "list":
        return listCheck(schema);
      case "map":
        return mapCheck(schema);
      default:
        return compileScalarCheck(name, schema, false);
    }
  }

  function structureCheck(members: readonly MemberSchema[], hook: StructureHook | undefined): Check {
    const compiled = members.map((m) => ({
      name: m.name,
      serviceName: serviceMemberName(m.name),
      required: m.required === true,
      check: m.http ? compileScalarCheck(m.target, schemas[m.target] ?? { type: "string" }, true) : (compile(m.target) ?? noCheck),
    }));
    return (value, at, out) => {
      if (!objectLike(value)) {
        out.push(mismatch(at, "structure", value));
        return;
      }
      for (const member of compiled) {
        const v = value[member.name];
        const memberAt = { path: childPath(at.path, member.name), servicePath: at.servicePath === "" ? member.serviceName : `${at.servicePath}.${member.serviceName}` };
        // The SDK drops null and undefined members, and the service reads a JSON null as absent.
        if (isAbsent(v)) {
          if (member.required) out.push(violation(memberAt, "required", NOT_NULL, null));
        } else {
          member.check(v, memberAt, out);
        }
      }
      hook?.(value, at, out);
    };
  }

  function listCheck(schema: ShapeSchema): Check {
    const itemName = schema.member!;
    const item = compile(itemName) ?? noCheck;
    const scalarItems = SCALARS.has(schemas[itemName]?.type ?? "string");
    const itemClause = `Member must satisfy constraint: [${[...clausesOf(itemName), NOT_NULL].join(", ")}]`;
    const [min, max] = schema.length ?? [null, null];
    return (value, at, out) => {
      if (!Array.isArray(value)) {
        out.push(mismatch(at, "list", value));
        return;
      }
      // The SDK drops null items of a (non-sparse) list before sending.
      const present = value.filter((v) => !isAbsent(v));
      if (max !== null && present.length > max) out.push(violation(at, "length", lengthClause("max", max), present));
      if (min !== null && present.length < min) out.push(violation(at, "length", lengthClause("min", min), present));
      // The service counts the items it received: a null item the SDK dropped does not take a position.
      let sent = 0;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (isAbsent(v)) continue;
        const itemAt = { path: `${at.path}[${i}]`, servicePath: serviceItemPath(at.servicePath, sent++) };
        if (!scalarItems) {
          item(v, itemAt, out);
          continue;
        }
        // A list of scalars is one member to the service: a bad item is reported at the list, with the whole list
        // and every constraint of an item (Lambda's `layers`: "Value '[...]' at 'layers' failed to satisfy
        // constraint: Member must satisfy constraint: [..., Member must not be null]").
        const found: ValidationProblem[] = [];
        item(v, itemAt, found);
        for (const p of found) out.push(p.rule === "type" ? p : { ...p, message: violationMessage(at.servicePath, present, itemClause) });
      }
    };
  }

  function mapCheck(schema: ShapeSchema): Check {
    const keyName = schema.key!;
    const keyCheck = compile(keyName) ?? noCheck;
    const valueName = schema.value!;
    const entry = compile(valueName) ?? noCheck;
    const whole = SCALARS.has(schemas[valueName]?.type ?? "string") || schemas[valueName]?.type === "list";
    const keysClause = `Map keys must satisfy constraint: [${[...clausesOf(keyName), NOT_NULL].join(", ")}]`;
    const valuesClause = `Map value must satisfy constraint: [${[...clausesOf(valueName), NOT_NULL].join(", ")}]`;
    const [min, max] = schema.length ?? [null, null];
    return (value, at, out) => {
      if (!objectLike(value)) {
        out.push(mismatch(at, "map", value));
        return;
      }
      // The SDK drops entries whose value is null or undefined.
      const present = Object.fromEntries(Object.entries(value).filter(([, v]) => !isAbsent(v)));
      const count = Object.keys(present).length;
      if (max !== null && count > max) out.push(violation(at, "length", lengthClause("max", max), present));
      if (min !== null && count < min) out.push(violation(at, "length", lengthClause("min", min), present));
      const keyProblems: ValidationProblem[] = [];
      const valueProblems: ValidationProblem[] = [];
      for (const [key, v] of Object.entries(present)) {
        const entryAt = { path: childPath(at.path, key), servicePath: `${at.servicePath}.${key}` };
        const foundKey: ValidationProblem[] = [];
        keyCheck(key, entryAt, foundKey);
        for (const p of foundKey) keyProblems.push({ ...p, message: violationMessage(at.servicePath, present, keysClause) });
        if (!whole) {
          entry(v, entryAt, valueProblems);
          continue;
        }
        const foundValue: ValidationProblem[] = [];
        entry(v, entryAt, foundValue);
        for (const p of foundValue) valueProblems.push(p.rule === "type" ? p : { ...p, message: violationMessage(at.servicePath, present, valuesClause) });
      }
      // Keys are reported before values (inferred).
      out.push(...keyProblems, ...valueProblems);
    };
  }

  return compile;
}
