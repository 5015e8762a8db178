import { foldCase } from "./compile-matcher.js";
import { DecodedPayload } from "./decoded-payload.js";
import type { CompiledPattern, LeafMatcher } from "./types.js";

type Doc = Record<string, unknown>;
const EMPTY: Doc = Object.freeze({}) as Doc;

/**
 * Matches a compiled pattern against a (shaped) event.
 * An event that is an array is treated like an array field: its object elements are the candidates.
 */
export function matchCompiledPattern(pattern: CompiledPattern, event: unknown): boolean {
  return matchObjects(pattern, objectsIn(event));
}

// Array consistency: all conditions of one (sub-)pattern must hold inside a single element of an array of objects,
// except for a sub-pattern made only of `exists: false`, which must hold for every element (no element has the key).
function matchObjects(pattern: CompiledPattern, objects: Doc[]): boolean {
  if (objects.length <= 1) return matchObject(pattern, objects[0] ?? EMPTY);
  return pattern.absenceOnly
    ? objects.every((o) => matchObject(pattern, o))
    : objects.some((o) => matchObject(pattern, o));
}

function matchObject(pattern: CompiledPattern, doc: Doc): boolean {
  for (const { key, matchers } of pattern.leaves) {
    let value = Object.hasOwn(doc, key) ? doc[key] : undefined;
    if (value instanceof DecodedPayload) {
      if (value.format !== "text" || !value.textPatterns) return false;
      value = value.value;
    }
    if (!matchLeaf(matchers, value)) return false;
  }
  for (const { key, pattern: sub } of pattern.objects) {
    let value = Object.hasOwn(doc, key) ? doc[key] : undefined;
    if (value instanceof DecodedPayload) {
      if (value.format !== "json") return false;
      value = value.value;
    }
    if (!matchObjects(sub, objectsIn(value))) return false;
  }
  for (const alternatives of pattern.ors) {
    if (!alternatives.some((alternative) => matchObject(alternative, doc))) return false;
  }
  return true;
}

function matchLeaf(matchers: readonly LeafMatcher[], value: unknown): boolean {
  if (Array.isArray(value)) {
    const leaves: unknown[] = [];
    collectLeaves(value, leaves);
    return matchers.some((m) =>
      m.kind === "exists" ? leaves.length > 0 === m.value : leaves.some((leaf) => testLeaf(m, leaf)),
    );
  }
  const present = value !== undefined && !isObject(value);
  return matchers.some((m) => (m.kind === "exists" ? present === m.value : present && testLeaf(m, value)));
}

function testLeaf(m: LeafMatcher, value: unknown): boolean {
  switch (m.kind) {
    case "equals":
      return value === m.value;
    case "equals-ignore-case":
      return typeof value === "string" && foldCase(value) === m.value;
    case "prefix":
      return typeof value === "string" && (m.ignoreCase ? foldCase(value) : value).startsWith(m.value);
    case "suffix":
      return typeof value === "string" && (m.ignoreCase ? foldCase(value) : value).endsWith(m.value);
    case "anything-but-strings":
      return !(typeof value === "string" && m.values.has(value));
    case "anything-but-numbers":
      return !(typeof value === "number" && m.values.includes(value));
    case "numeric":
      return (
        typeof value === "number" &&
        Number.isFinite(value) &&
        (m.lowerInclusive ? value >= m.lower : value > m.lower) &&
        (m.upperInclusive ? value <= m.upper : value < m.upper)
      );
    case "exists":
      return m.value;
  }
}

function collectLeaves(values: readonly unknown[], out: unknown[]): void {
  for (const v of values) {
    if (Array.isArray(v)) collectLeaves(v, out);
    else if (v !== undefined && !isObject(v)) out.push(v);
  }
}

function objectsIn(value: unknown): Doc[] {
  if (Array.isArray(value)) {
    const out: Doc[] = [];
    collectObjects(value, out);
    return out;
  }
  return isObject(value) ? [value] : [];
}

function collectObjects(values: readonly unknown[], out: Doc[]): void {
  for (const v of values) {
    if (Array.isArray(v)) collectObjects(v, out);
    else if (isObject(v)) out.push(v);
  }
}

function isObject(value: unknown): value is Doc {
  return typeof value === "object" && value !== null && !(value instanceof DecodedPayload);
}
