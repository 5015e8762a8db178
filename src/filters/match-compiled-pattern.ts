import { indexEvent, type EventIndex, type Leaf, type LeafValue, type Membership } from "./event-index.js";
import { ignoreCaseEndsWith, ignoreCaseEquals, ignoreCaseStartsWith } from "./java-strings.js";
import { NumberText } from "./json-text.js";
import { ipMatches } from "./ip-address.js";
import { pathTreeOf } from "./path-tree.js";
import type { CompiledBranch, CompiledField, CompiledPattern, LeafMatcher } from "./types.js";

const NO_LEAVES: readonly Leaf[] = [];

/**
 * Matches a compiled pattern against a (shaped) event: true when any branch matches. An event that is an array is
 * treated like an array field (its objects are elements); a scalar event has no fields.
 */
export function matchCompiledPattern(pattern: CompiledPattern, event: unknown): boolean {
  const index = indexEvent(event, pathTreeOf(pattern));
  for (const branch of pattern.branches) if (matchBranch(branch, index)) return true;
  return false;
}

/**
 * A branch matches, as in event-ruler's machine (StructuredFinder/ACFinder), when its fields, taken in name order,
 * can each be given one leaf that passes one of its tests, all the chosen leaves being array-consistent (from the
 * same element of every array they share); a field holding `exists: false` may instead be satisfied by having no
 * leaf that is consistent with the leaves chosen for the fields before it.
 */
function matchBranch(branch: CompiledBranch, index: EventIndex): boolean {
  const fields = branch.fields;
  if (index.payloads && !payloadsAgree(fields, index)) return false;
  const candidates: (readonly Leaf[])[] = [];
  for (const field of fields) {
    const all = index.leaves.get(field.name) ?? NO_LEAVES;
    const passing = all.filter((leaf) => passes(field, leaf.value));
    if (passing.length === 0 && !field.absence) return false;
    candidates.push(passing);
  }
  if (!index.hasMembership || fieldsInArrays(fields, candidates, index) < 2) {
    // Array consistency only constrains two or more fields whose leaves sit in arrays: otherwise each field
    // stands on its own.
    return fields.every(
      (field, i) => (candidates[i] as readonly Leaf[]).length > 0 || (field.absence && !index.leaves.has(field.name)),
    );
  }
  return new Search(fields, candidates, index).from(0, new Map());
}

// How many fields have a leaf (a candidate, or any leaf for an `exists: false` field) inside an array element.
function fieldsInArrays(fields: readonly CompiledField[], candidates: readonly (readonly Leaf[])[], index: EventIndex): number {
  let count = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as CompiledField;
    const leaves = field.absence ? (index.leaves.get(field.name) ?? NO_LEAVES) : (candidates[i] as readonly Leaf[]);
    if (leaves.some((leaf) => leaf.membership !== undefined)) count++;
  }
  return count;
}

// Lambda's rule for the data key: a value array on `body`/`data`/`value` needs plain-text data (and a source whose
// text can be filtered), a nested pattern under it needs JSON data.
function payloadsAgree(fields: readonly CompiledField[], index: EventIndex): boolean {
  for (const [key, payload] of index.payloads as Map<string, { format: string; textPatterns: boolean }>) {
    for (const field of fields) {
      if (field.name === key) {
        if (payload.format !== "text" || !payload.textPatterns) return false;
      } else if (field.name.startsWith(`${key}.`) && payload.format !== "json") {
        return false;
      }
    }
  }
  return true;
}

type Constraint = ReadonlyMap<number, number>;

// Depth-first search over leaf choices with event-ruler's array-consistency rule; failures are remembered per field
// and per constraint on the arrays still relevant, so independent arrays do not multiply the work.
class Search {
  private readonly failed = new Set<string>();
  private readonly relevant: ReadonlySet<number>[];

  constructor(
    private readonly fields: readonly CompiledField[],
    private readonly candidates: readonly (readonly Leaf[])[],
    private readonly index: EventIndex,
  ) {
    this.relevant = [];
    let arrays = new Set<number>();
    for (let i = fields.length - 1; i >= 0; i--) {
      arrays = new Set(arrays);
      const field = fields[i] as CompiledField;
      const leaves = field.absence ? (index.leaves.get(field.name) ?? NO_LEAVES) : (candidates[i] as readonly Leaf[]);
      for (const leaf of leaves) for (let m = leaf.membership; m; m = m.parent) arrays.add(m.array);
      this.relevant[i] = arrays;
    }
  }

  from(i: number, constraint: Constraint): boolean {
    if (i === this.fields.length) return true;
    const key = this.memoKey(i, constraint);
    if (this.failed.has(key)) return false;
    const field = this.fields[i] as CompiledField;
    for (const leaf of this.candidates[i] as readonly Leaf[]) {
      const merged = merge(constraint, leaf.membership);
      if (merged && this.from(i + 1, merged)) return true;
    }
    if (field.absence) {
      const present = (this.index.leaves.get(field.name) ?? NO_LEAVES).some((leaf) => merge(constraint, leaf.membership));
      if (!present && this.from(i + 1, constraint)) return true;
    }
    this.failed.add(key);
    return false;
  }

  private memoKey(i: number, constraint: Constraint): string {
    const relevant = this.relevant[i] as ReadonlySet<number>;
    let key = `${i}`;
    for (const [array, element] of constraint) if (relevant.has(array)) key += `,${array}:${element}`;
    return key;
  }
}

// event-ruler's ArrayMembership.checkArrayConsistency: undefined when the leaf sits in another element of an array
// already constrained, otherwise the constraint extended with the leaf's memberships.
function merge(constraint: Constraint, membership: Membership | undefined): Constraint | undefined {
  let out: Map<number, number> | undefined;
  for (let m = membership; m; m = m.parent) {
    const seen = constraint.get(m.array);
    if (seen === undefined) (out ??= new Map(constraint)).set(m.array, m.element);
    else if (seen !== m.element) return undefined;
  }
  return out ?? constraint;
}

function passes(field: CompiledField, value: LeafValue): boolean {
  for (const m of field.valueMatchers) if (testLeaf(m, value)) return true;
  return false;
}

/**
 * One test on one leaf, with event-ruler's value semantics (values compared as their JSON text: strings carry their
 * quotes, so string tests never match numbers, `null` or booleans, and the reverse).
 */
export function testLeaf(m: LeafMatcher, value: LeafValue): boolean {
  switch (m.kind) {
    case "string":
      return value === m.value;
    case "ip":
      return typeof value === "string" && ipMatches(m.address, value);
    case "literal":
      return value === m.value;
    case "number":
      if (typeof value === "number") return value === m.value;
      return value instanceof NumberText && value.text === m.text;
    case "equals-ignore-case":
      return typeof value === "string" && ignoreCaseEquals(m.matcher, value);
    case "prefix":
      return typeof value === "string" && (m.quoted ? `${value}"` : value).startsWith(m.value);
    case "suffix":
      return typeof value === "string" && (m.quoted ? `"${value}` : value).endsWith(m.value);
    case "prefix-ignore-case":
      return typeof value === "string" && ignoreCaseStartsWith(m.matcher, m.quoted ? `${value}"` : value);
    case "suffix-ignore-case":
      return typeof value === "string" && ignoreCaseEndsWith(m.matcher, m.quoted ? `"${value}` : value);
    case "anything-but-strings":
      return !(typeof value === "string" && m.values.has(value));
    case "anything-but-numbers":
      return !(typeof value === "number" && m.values.includes(value));
    case "numeric":
      return (
        typeof value === "number" &&
        (m.lowerInclusive ? value >= m.lower : value > m.lower) &&
        (m.upperInclusive ? value <= m.upper : value < m.upper)
      );
    case "exists":
      return m.value;
  }
}
