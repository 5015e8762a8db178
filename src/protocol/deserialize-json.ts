import { shapeSchemas } from "../models/schema.js";
import { setMapEntry } from "./set-map-entry.js";

/** Converts one JSON value of one shape; built once per shape by {@link readerFor}. */
type Reader = (value: unknown) => unknown;

const identity: Reader = (value) => value;
const readers = new Map<string, Reader>();

/**
 * Converts a parsed restJson1 JSON value into the SDK's output shape, driven by the model:
 * unknown members are dropped, `null` members are left out, and epoch-second timestamps
 * (numbers or numeric strings) become `Date`s. A timestamp in any other form throws, as the SDK does.
 */
export function deserializeJson(shapeName: string, value: unknown): unknown {
  return value == null ? value : readerFor(shapeName)(value);
}

/**
 * The reader of one shape, compiled from the model on first use and kept: a response then costs one pass over its
 * members with no schema lookups, and leaf members (strings, numbers, enums, booleans) are copied without a call.
 */
function readerFor(shapeName: string): Reader {
  let reader = readers.get(shapeName);
  if (!reader) {
    // A recursive shape finds this forwarding reader while its own reader is being built.
    let built: Reader | undefined;
    readers.set(shapeName, (value) => built!(value));
    built = compile(shapeName);
    readers.set(shapeName, built);
    reader = built;
  }
  return reader;
}

/** Whether values of a shape pass through unchanged (no schema, or a scalar that is not a timestamp). */
const isPlain = (shapeName: string): boolean => {
  const type = shapeSchemas[shapeName]?.type;
  return type !== "structure" && type !== "list" && type !== "map" && type !== "timestamp";
};

/** A reader for a member target, `undefined` when the value is copied as is. */
const memberReader = (target: string): Reader | undefined => (isPlain(target) ? undefined : readerFor(target));

function compile(shapeName: string): Reader {
  const schema = shapeSchemas[shapeName];
  if (!schema) return identity;
  switch (schema.type) {
    case "structure": {
      const members = schema.members!.filter((m) => !m.http).map((m) => ({ name: m.name, read: memberReader(m.target) }));
      return compileStructureReader(members) ?? interpretStructureReader(members);
    }
    case "list": {
      const read = memberReader(schema.member!);
      return (value) => {
        if (!Array.isArray(value)) return value;
        if (read === undefined) return value.slice();
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          try {
            out[i] = item == null ? item : read(item);
          } catch (error) {
            throw withMemberPath(error, `[${i}]`);
          }
        }
        return out;
      };
    }
    case "map": {
      const read = memberReader(schema.value!);
      return (value) => {
        if (typeof value !== "object") return value;
        const out: Record<string, unknown> = {};
        let at = "";
        try {
          // Unlike structure members, null map values are kept: the SDK returns them as given.
          for (const [k, v] of Object.entries(value as object)) {
            at = k;
            setMapEntry(out, k, read === undefined || v == null ? v : read(v));
          }
        } catch (error) {
          throw withMemberPath(error, at);
        }
        return out;
      };
    }
    case "timestamp":
      return parseEpochSeconds;
    default:
      return identity;
  }
}

/** One member a structure reader copies: its name, and its reader when the value is not copied as is. */
type MemberReader = { name: string; read: Reader | undefined };

/**
 * A structure reader that looks each member up by name at run time. Used where code cannot be compiled from a string
 * (pages with a Content-Security-Policy, edge workers): every lookup is a dynamic (megamorphic) property access.
 */
function interpretStructureReader(members: MemberReader[]): Reader {
  return (value) => {
    if (typeof value !== "object") return value;
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let at = "";
    try {
      for (const member of members) {
        const v = source[member.name];
        at = member.name;
        if (v != null) out[member.name] = member.read === undefined ? v : member.read(v);
      }
    } catch (error) {
      throw withMemberPath(error, at);
    }
    return out;
  };
}

/** Whether this runtime compiles code from strings; asked once, on the first structure reader. */
let compiles: boolean | undefined;

/**
 * The same reader as {@link interpretStructureReader}, compiled to one function with every member name written out
 * (`out["UUID"] = value["UUID"]`): the engine then caches each property access by the objects' shape, which costs a
 * fraction of a dynamic lookup — and most of a structure's members are absent, which a dynamic lookup pays in full.
 * The names come from the generated model, never from a response; each is written as a JSON string literal.
 * `undefined` where the runtime forbids compiling.
 */
function compileStructureReader(members: MemberReader[]): Reader | undefined {
  if (compiles === undefined) {
    try {
      compiles = new Function("return true")() === true;
    } catch {
      compiles = false;
    }
  }
  if (!compiles) return undefined;
  const lines = members.map(({ name, read }, i) => {
    const key = JSON.stringify(name);
    return read === undefined
      ? `v = value[${key}]; if (v != null) out[${key}] = v;`
      : `v = value[${key}]; if (v != null) { at = ${key}; out[${key}] = read[${i}](v); }`;
  });
  const source = `return function structureReader(value) {
  if (typeof value !== "object") return value;
  const out = {};
  let v, at = "";
  try {
    ${lines.join("\n    ")}
  } catch (error) {
    throw withMemberPath(error, at);
  }
  return out;
};`;
  return new Function("read", "withMemberPath", source)(members.map((m) => m.read), withMemberPath) as Reader;
}

/** The only number forms the SDK's `strictParseDouble` accepts in a string: no spaces, `+`, hex or bare dots. */
const STRICT_NUMBER = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|-?Infinity|NaN)$/;

/**
 * Parses an epoch-seconds timestamp the way the SDK's `parseEpochTimestamp` does, with its
 * error messages: a number, or a string in strict JSON number form; never NaN or infinite.
 */
export function parseEpochSeconds(value: unknown): Date {
  let seconds: number;
  if (typeof value === "number") seconds = value;
  else if (typeof value === "string") {
    if (!STRICT_NUMBER.test(value)) throw new TypeError("Expected real number, got implicit NaN");
    seconds = Number.parseFloat(value);
  } else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
  if (!Number.isFinite(seconds)) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
  return new Date(Math.round(seconds * 1000));
}

/**
 * Prefixes the path of the member a conversion failed in (`EventSourceMappings[3].LastModified`)
 * to the error as it unwinds, so the response error can name it.
 */
function withMemberPath(error: unknown, segment: string): unknown {
  if (typeof error !== "object" || error === null) return error;
  const inner = (error as { memberPath?: string }).memberPath;
  const path = inner === undefined ? segment : `${segment}${inner.startsWith("[") ? "" : "."}${inner}`;
  return Object.defineProperty(error, "memberPath", { value: path, enumerable: false, configurable: true, writable: true });
}
