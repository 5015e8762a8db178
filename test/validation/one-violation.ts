import fc from "fast-check";
import { shapeSchemas } from "../../src/models/schema.js";
import type { ShapeSchema } from "../../src/models/schema-types.js";
import type { ValidationRule } from "../../src/validation/validation-problem.js";
import { codePoints, lengthOk, servicePatternRegex, validArbitrary } from "./arbitrary-from-schema.js";

// Breaks exactly one constraint of a valid input at one place, and says where and which rule.

/** One way to break a valid input. */
export interface Violation {
  /** Property keys and list indexes from the root to the broken member. */
  segments: (string | number)[];
  /** The new value there, or `DELETE` to remove the member. */
  replacement: unknown;
  /** The path the validator must report. */
  path: string;
  /** The rule that must be reported at `path` (other rules may be reported at the same path too). */
  rule: ValidationRule;
}

/** Removes a member instead of replacing it. */
export const DELETE: unique symbol = Symbol("delete");

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const child = (path: string, key: string): string =>
  !IDENTIFIER.test(key) ? `${path}[${JSON.stringify(key)}]` : path === "" ? key : `${path}.${key}`;

const PATTERN_BREAKERS = ["!", "", " ", ".", "$", "..x", "a b", "system.x", "\n", "😀", "arn:", "kafka://", "x\narn:aws:sqs:us-east-1:123456789012:q"];
const BAD_FILTER_PATTERNS = ["{", "", "[]", '{"a":"b"}', '{"a":[]}', '{"a":[{"nope":1}]}', '{"$or":[{"a":[1]}]}', "{}"];

/** Every single-constraint violation reachable in `input` (a valid value of `shapeName`). */
export function violationsOf(shapeName: string, input: unknown): Violation[] {
  const out: Violation[] = [];
  walk(shapeSchemas[shapeName]!, input, [], "", out);
  return out;
}

function walk(schema: ShapeSchema, value: unknown, segments: (string | number)[], path: string, out: Violation[]): void {
  if (schema.type === "structure") {
    const record = value as Record<string, unknown>;
    for (const m of schema.members ?? []) {
      const at = [...segments, m.name];
      const memberPath = child(path, m.name);
      const v = record[m.name];
      if (m.required) out.push({ segments: at, replacement: DELETE, path: memberPath, rule: "required" });
      if (m.name === "Pattern" && path.includes(".Filters[")) {
        out.push({ segments: at, replacement: DELETE, path: memberPath, rule: "filter" });
        for (const bad of BAD_FILTER_PATTERNS) out.push({ segments: at, replacement: bad, path: memberPath, rule: "filter" });
      }
      breakValue(m.target, m.http !== undefined, at, memberPath, out);
      if (shapeSchemas[m.target]!.type === "enum") enumBreakers(shapeSchemas[m.target]!, at, memberPath, out);
      if (v !== undefined && v !== null) walk(shapeSchemas[m.target]!, v, at, memberPath, out);
    }
  } else if (schema.type === "list") {
    (value as unknown[]).forEach((item, i) => {
      breakValue(schema.member!, false, [...segments, i], `${path}[${i}]`, out);
      if (shapeSchemas[schema.member!]!.type === "enum") enumBreakers(shapeSchemas[schema.member!]!, [...segments, i], `${path}[${i}]`, out);
      walk(shapeSchemas[schema.member!]!, item, [...segments, i], `${path}[${i}]`, out);
    });
  } else if (schema.type === "map") {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      breakValue(schema.value!, false, [...segments, key], child(path, key), out);
      walk(shapeSchemas[schema.value!]!, item, [...segments, key], child(path, key), out);
    }
  }
}

function breakValue(shapeName: string, http: boolean, segments: (string | number)[], path: string, out: Violation[]): void {
  const schema = shapeSchemas[shapeName]!;
  const add = (rule: ValidationRule, ...replacements: unknown[]) => {
    for (const replacement of replacements) out.push({ segments, replacement, path, rule });
  };
  add("type", ...wrongTypes(schema, http));
  const [min, max] = schema.range ?? schema.length ?? [null, null];
  if (schema.type === "integer" && schema.range) {
    if (min !== null) add("range", min - 1, ...(http ? [String(min - 1)] : []));
    if (max !== null) add("range", max + 1);
    // Past a 32-bit integer the deserializer, not the range, refuses it.
    add("type", 2147483648, Number.MAX_SAFE_INTEGER);
  }
  if (schema.type === "string") {
    // Astral characters count once.
    if (max !== null) add("length", "😀".repeat(max + 1), "a".repeat(max + 1));
    if (min !== null && min > 0) add("length", "");
    if (schema.pattern !== undefined) {
      const regex = servicePatternRegex(shapeName, schema.pattern);
      const padded = PATTERN_BREAKERS.map((s) => (min !== null && codePoints(s) < min ? s + "!".repeat(min - codePoints(s)) : s));
      add("pattern", ...padded.filter((s) => !regex.test(s) && lengthOk(s, schema.length)));
    }
  }
  if (schema.type === "list" || schema.type === "map") {
    if (min !== null && min > 0) add("length", schema.type === "list" ? [] : {});
    if (max !== null) add("length", oversized(schema, max + 1));
  }
}

function wrongTypes(schema: ShapeSchema, http: boolean): unknown[] {
  if (http) return schema.type === "integer" ? ["abc", 1.5, " 1", "0x10", {}, ["1"]] : [{}, []];
  switch (schema.type) {
    case "string":
    case "enum":
      return [42, true, {}, ["x"]];
    case "integer":
    case "long":
      return ["7", 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, {}];
    case "boolean":
      return ["true", 0, {}];
    case "timestamp":
      return ["2024-01-01T00:00:00Z", " 12", "0x10", "+5", "abc", Number.NaN, 1e300, new Date(Number.NaN), {}];
    case "list":
      return ["x", {}, new Set([1])];
    // The SDK writes an array or a Date given for a structure as {}, and an array given for a map as its index keys:
    // those are not errors of the input as sent.
    case "map":
      return ["x", 5];
    case "structure":
      return ["x", 5, true];
  }
}

function oversized(schema: ShapeSchema, count: number): unknown {
  if (schema.type === "list") return fc.sample(validArbitrary(schema.member!), { numRuns: count, seed: count });
  // Distinct keys from the key enum first, so the only problem is the entry count.
  const keys = shapeSchemas[schema.key!]!.values ?? [];
  const values = fc.sample(validArbitrary(schema.value!), { numRuns: count, seed: count });
  return Object.fromEntries(values.map((v, i) => [keys[i] ?? `key${i}`, v]));
}

function enumBreakers(schema: ShapeSchema, segments: (string | number)[], path: string, out: Violation[]): void {
  const first = schema.values![0]!;
  // Enums are case-sensitive, and a value the model does not list is refused.
  for (const replacement of [first.toLowerCase(), `${first} `, "invalid", ""]) {
    if (!schema.values!.includes(replacement)) out.push({ segments, replacement, path, rule: "enum" });
  }
}

/** Applies a violation without touching the original (containers on the path are copied). */
export function applyViolation(input: unknown, v: Violation): unknown {
  const put = (node: unknown, depth: number): unknown => {
    const key = v.segments[depth]!;
    const copy: Record<string | number, unknown> = Array.isArray(node) ? [...node] : Object.defineProperties({}, Object.getOwnPropertyDescriptors(node));
    const next = depth === v.segments.length - 1 ? v.replacement : put(copy[key], depth + 1);
    if (next === DELETE) delete copy[key];
    else Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return put(input, 0);
}
