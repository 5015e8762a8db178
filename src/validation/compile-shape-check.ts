import { shapeSchemas } from "../models/schema.js";
import type { MemberSchema, ShapeSchema } from "../models/schema-types.js";
import { type Check, childPath, describeSpan, formatBound, isRecord, problem } from "./check.js";
import { compileScalarCheck } from "./compile-scalar-check.js";
import type { ValidationProblem } from "./validation-problem.js";

/** A check run on a structure after its members were checked, e.g. Lambda's FilterCriteria syntax. @internal */
export type StructureHook = (value: Record<string, unknown>, path: string, out: ValidationProblem[]) => void;

const noCheck: Check = () => {};

/**
 * Returns a function that compiles (once, then from a cache) the check of a model shape and of everything nested in
 * it. `hooks` add checks to structures by shape name; `schemas` is the model (tests pass their own). Unknown shape
 * names give `undefined`.
 * @internal
 */
export function createShapeCheckCompiler(
  hooks: Readonly<Record<string, StructureHook>> = {},
  schemas: Readonly<Record<string, ShapeSchema>> = shapeSchemas,
): (shapeName: string) => Check | undefined {
  const cache = new Map<string, Check>();

  function compile(name: string): Check | undefined {
    const cached = cache.get(name);
    if (cached) return cached;
    const schema = schemas[name];
    if (!schema) return undefined;
    let built: Check | undefined;
    // Stands in for the shape while its own members are compiled, so a recursive shape terminates.
    cache.set(name, (value, path, out) => built!(value, path, out));
    built = build(schema, hooks[name]);
    cache.set(name, built);
    return built;
  }

  function build(schema: ShapeSchema, hook: StructureHook | undefined): Check {
    switch (schema.type) {
      case "structure":
        return structureCheck(schema.members ?? [], hook);
      case "list":
        return listCheck(schema);
      case "map":
        return mapCheck(schema);
      default:
        return compileScalarCheck(schema, false);
    }
  }

  function structureCheck(members: readonly MemberSchema[], hook: StructureHook | undefined): Check {
    const compiled = members.map((m) => ({
      name: m.name,
      required: m.required === true,
      check: m.http ? compileScalarCheck(schemas[m.target] ?? { type: "string" }, true) : (compile(m.target) ?? noCheck),
    }));
    return (value, path, out) => {
      if (!isRecord(value)) {
        out.push(problem(path, "type", "must be an object (a structure)", value));
        return;
      }
      for (const member of compiled) {
        const v = value[member.name];
        // The SDK drops null and undefined members, so both count as absent.
        if (v === undefined || v === null) {
          if (member.required) out.push(problem(childPath(path, member.name), "required", "is required", v));
        } else {
          member.check(v, path === "" ? member.name : `${path}.${member.name}`, out);
        }
      }
      hook?.(value, path, out);
    };
  }

  function listCheck(schema: ShapeSchema): Check {
    const item = compile(schema.member!) ?? noCheck;
    const sizeCheck = countCheck(schema, "item");
    return (value, path, out) => {
      if (!Array.isArray(value)) {
        out.push(problem(path, "type", "must be a list (an array)", value));
        return;
      }
      const at = out.length;
      let count = 0;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        // The SDK drops null items of a (non-sparse) list before sending.
        if (v === undefined || v === null) continue;
        count++;
        item(v, `${path}[${i}]`, out);
      }
      sizeCheck?.(count, value, path, out, at);
    };
  }

  function mapCheck(schema: ShapeSchema): Check {
    const keyShape = schemas[schema.key!];
    const keyCheck = keyShape && (keyShape.length || keyShape.pattern) ? compileScalarCheck(keyShape, false) : undefined;
    const entry = compile(schema.value!) ?? noCheck;
    const sizeCheck = countCheck(schema, "entry");
    return (value, path, out) => {
      if (!isRecord(value)) {
        out.push(problem(path, "type", "must be a map (a plain object)", value));
        return;
      }
      const at = out.length;
      let count = 0;
      for (const key of Object.keys(value)) {
        const v = value[key];
        // The SDK drops entries whose value is null or undefined.
        if (v === undefined || v === null) continue;
        count++;
        const entryPath = childPath(path, key);
        if (keyCheck) checkKey(keyCheck, key, entryPath, out);
        entry(v, entryPath, out);
      }
      sizeCheck?.(count, value, path, out, at);
    };
  }

  return compile;
}

type CountCheck = (count: number, value: unknown, path: string, out: ValidationProblem[], at: number) => void;

function countCheck(schema: ShapeSchema, unit: "item" | "entry"): CountCheck | undefined {
  if (!schema.length) return undefined;
  const [min, max] = schema.length;
  const plural = unit === "item" ? "items" : "entries";
  const expectation = `must have ${describeSpan(min, max)} ${max === 1 ? unit : plural} (length ${formatBound(min, max)})`;
  return (count, value, path, out, at) => {
    if ((min !== null && count < min) || (max !== null && count > max)) {
      // Listed before the problems of its items, which were found first.
      out.splice(at, 0, problem(path, "length", expectation, value, `${count} ${count === 1 ? unit : plural}`));
    }
  };
}

function checkKey(keyCheck: Check, key: string, entryPath: string, out: ValidationProblem[]): void {
  const found: ValidationProblem[] = [];
  keyCheck(key, entryPath, found);
  for (const p of found) out.push({ ...p, message: `the key ${p.message}` });
}
