import { DecodedPayload } from "./decoded-payload.js";
import { NumberText, isExactDouble } from "./json-text.js";
import { isFieldStepUsed, type PathTree } from "./path-tree.js";
import type { PathNode } from "./types.js";

/** A leaf value of an event as event-ruler sees it. */
export type LeafValue = string | number | boolean | null | NumberText;

/**
 * The array elements a leaf sits in, innermost first, as a chain shared by all leaves below the same element (so
 * deep nesting costs memory in proportion to the event, not to depth squared).
 */
export interface Membership {
  /** Id of the array (unique within one event). */
  readonly array: number;
  /** Index of the element within it. */
  readonly element: number;
  /** The element enclosing that array's, if any. */
  readonly parent: Membership | undefined;
}

/**
 * One leaf value found at a field path, with the array elements it sits in. Two leaves are array-consistent when
 * they agree on every array both sit in (event-ruler's ArrayMembership).
 */
export interface Leaf {
  readonly value: LeafValue;
  readonly membership: Membership | undefined;
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
  membership: Membership | undefined;
}

/**
 * Flattens the parts of `event` that the pattern's paths reach, as event-ruler flattens events: keys joined with
 * `.`, leaves inside arrays collected with their array memberships (a leaf directly in an array belongs to no element
 * of it; objects and arrays inside an array do). Iterative, so any nesting depth is fine.
 */
export function indexEvent(event: unknown, pattern: PathTree): EventIndex {
  const leaves = new Map<string, Leaf[]>();
  let payloads: Map<string, DecodedPayload> | undefined;
  let hasMembership = false;
  let arrays = 0;
  const stack: Visit[] = [{ node: undefined, children: pattern.paths, value: event, membership: undefined }];
  while (stack.length > 0) {
    const { node, children, value, membership } = stack.pop() as Visit;
    if (Array.isArray(value)) {
      const id = arrays++;
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (typeof element === "object" && element !== null && !(element instanceof NumberText)) {
          stack.push({ node, children, value: element, membership: { array: id, element: i, parent: membership } });
        } else if (node?.terminal) {
          add(node.path, element, membership);
        }
      }
      continue;
    }
    if (typeof value === "object" && value !== null && !(value instanceof NumberText)) {
      const object = value as Record<string, unknown>;
      for (const [key, child] of children) if (Object.hasOwn(object, key)) visit(node, key, child, object[key], membership);
      // Event keys holding dots: "a.b" here reaches the field "<path>.a.b" (only when a field goes that deep).
      if (node ? node.dotted : pattern.rootDotted) {
        for (const key of Object.keys(object)) {
          if (!key.includes(".") || !isFieldStepUsed(key, pattern.usedSteps)) continue;
          const child = pattern.nodes.get(node ? `${node.path}.${key}` : key);
          if (child) visit(node, key, child, object[key], membership);
        }
      }
      continue;
    }
    // A scalar at the top level (not an object): it has no fields.
  }
  return { leaves, payloads, hasMembership };

  function visit(parent: PathNode | undefined, key: string, child: PathNode, raw: unknown, membership: Membership | undefined): void {
    let value = raw;
    if (value instanceof DecodedPayload) {
      if (parent === undefined) (payloads ??= new Map()).set(key, value);
      if (value.format === "undecodable") return;
      value = value.value;
    }
    if (typeof value === "object" && value !== null && !(value instanceof NumberText)) {
      stack.push({ node: child, children: child.children, value, membership });
    } else if (child.terminal) {
      add(child.path, value, membership);
    }
  }

  function add(path: string, raw: unknown, membership: Membership | undefined): void {
    let value: LeafValue;
    if (typeof raw === "string") value = raw;
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
