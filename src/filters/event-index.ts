import { DecodedPayload } from "./decoded-payload.js";
import { javaUtf8 } from "./java-strings.js";
import { NumberText, isExactDouble } from "./json-text.js";
import type { PathNode } from "./types.js";

/** A leaf value of an event as event-ruler sees it. */
export type LeafValue = string | number | boolean | null | NumberText;

/**
 * One leaf value found at a field path, with the array elements it sits in: pairs of (array id, element index).
 * Two leaves are array-consistent when they agree on every array both sit in (event-ruler's ArrayMembership).
 */
export interface Leaf {
  readonly value: LeafValue;
  readonly membership: readonly number[] | undefined;
}

/** The leaves of an event at the paths one pattern names, and the decoded data keys met on the way. */
export interface EventIndex {
  readonly leaves: Map<string, Leaf[]>;
  /** Top-level keys whose value is a {@link DecodedPayload} (`body`, `data`, `value`), by key. */
  readonly payloads: Map<string, DecodedPayload> | undefined;
  /** Some leaf sits inside an array of objects or of arrays (array consistency may matter). */
  readonly hasMembership: boolean;
}

interface Visit {
  node: PathNode | undefined;
  children: readonly (readonly [string, PathNode])[];
  value: unknown;
  membership: readonly number[] | undefined;
}

/**
 * Flattens the parts of `event` that the pattern's paths reach, as event-ruler flattens events: keys joined with
 * `.`, leaves inside arrays collected with their array memberships (a leaf directly in an array belongs to no element
 * of it; objects and arrays inside an array do). Iterative, so any nesting depth is fine.
 */
export function indexEvent(event: unknown, paths: readonly (readonly [string, PathNode])[]): EventIndex {
  const leaves = new Map<string, Leaf[]>();
  let payloads: Map<string, DecodedPayload> | undefined;
  let hasMembership = false;
  let arrays = 0;
  const stack: Visit[] = [{ node: undefined, children: paths, value: event, membership: undefined }];
  while (stack.length > 0) {
    const { node, children, value, membership } = stack.pop() as Visit;
    if (Array.isArray(value)) {
      const id = arrays++;
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (typeof element === "object" && element !== null && !(element instanceof NumberText)) {
          const inner = membership ? [...membership, id, i] : [id, i];
          stack.push({ node, children, value: element, membership: inner });
        } else if (node?.terminal) {
          add(node.path, element, membership);
        }
      }
      continue;
    }
    if (typeof value === "object" && value !== null && !(value instanceof NumberText)) {
      const object = value as Record<string, unknown>;
      for (const [key, child] of children) {
        if (!Object.hasOwn(object, key)) continue;
        let childValue = object[key];
        if (childValue instanceof DecodedPayload) {
          if (node === undefined) (payloads ??= new Map()).set(key, childValue);
          if (childValue.format === "undecodable") continue;
          childValue = childValue.value;
        }
        if (typeof childValue === "object" && childValue !== null && !(childValue instanceof NumberText)) {
          stack.push({ node: child, children: child.children, value: childValue, membership });
        } else if (child.terminal) {
          add(child.path, childValue, membership);
        }
      }
      continue;
    }
    // A scalar at the top level (not an object): it has no fields.
  }
  return { leaves, payloads, hasMembership };

  function add(path: string, raw: unknown, membership: readonly number[] | undefined): void {
    let value: LeafValue;
    if (typeof raw === "string") value = javaUtf8(raw);
    else if (typeof raw === "number") value = comparable(raw) ? raw : new NumberText(String(raw));
    else if (typeof raw === "boolean" || raw === null || raw instanceof NumberText) value = raw;
    else return; // undefined, functions, symbols, bigints: not JSON values
    if (membership) hasMembership = true;
    let list = leaves.get(path);
    if (!list) leaves.set(path, (list = []));
    list.push({ value, membership });
  }
}

// A number event-ruler can compare: finite, and (only tiny subnormals can fail this) its Java spelling is its value.
// Others, like 5e-324 (Java writes 4.9E-324), are matched by their text only, as event-ruler does.
function comparable(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return Math.abs(value) >= 1e-307 || value === 0 || isExactDouble(String(value), value);
}
