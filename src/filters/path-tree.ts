import type { CompiledBranch, CompiledPattern, PathNode } from "./types.js";

/** Where in an event a pattern's fields can be: what {@link indexEvent} walks. */
export interface PathTree {
  /** Children of the event's top level. */
  readonly paths: readonly (readonly [string, PathNode])[];
  /** Every node by its dot-joined path, to follow event keys that hold dots. */
  readonly nodes: ReadonlyMap<string, PathNode>;
  /** Some field has two or more segments: a top-level event key holding dots may lead on. */
  readonly rootDotted: boolean;
  /** Steps of the field names (event-ruler's fieldStepsUsed): event keys made of other steps are never visited. */
  readonly usedSteps: ReadonlySet<string>;
}

// Built on first use, so that validation alone never pays for (or bundles) it.
const trees = new WeakMap<CompiledPattern, PathTree>();

/** The path tree of a compiled pattern, built once. */
export function pathTreeOf(pattern: CompiledPattern): PathTree {
  let tree = trees.get(pattern);
  if (!tree) trees.set(pattern, (tree = buildPaths(pattern.branches)));
  return tree;
}

/**
 * Builds the tree of path prefixes to visit in an event. A field `a.b.c` can be reached through the event keys
 * `a`/`b`/`c`, `a.b`/`c`, `a`/`b.c` or `a.b.c` (event-ruler joins event keys with `.` too): each node lists the
 * one-segment keys to look up, and says whether an event key holding dots may lead further (found through
 * `nodes` by its joined path).
 */
function buildPaths(branches: readonly CompiledBranch[]): PathTree {
  interface MutableNode {
    path: string;
    terminal: boolean;
    dotted: boolean;
    children: Map<string, MutableNode>;
  }
  const nodes = new Map<string, MutableNode>();
  const node = (path: string): MutableNode => {
    let found = nodes.get(path);
    if (!found) nodes.set(path, (found = { path, terminal: false, dotted: false, children: new Map() }));
    return found;
  };
  const root = new Map<string, MutableNode>();
  let rootDotted = false;
  const used = usedSteps(branches);
  for (const branch of branches) {
    for (const field of branch.fields) {
      const segments = field.name.split(".");
      let path = "";
      for (let i = 0; i < segments.length; i++) {
        const segment = segments[i] as string;
        const parent = i === 0 ? undefined : node(path);
        path = i === 0 ? segment : `${path}.${segment}`;
        const target = node(path);
        if (isFieldStepUsed(segment, used)) (parent ? parent.children : root).set(segment, target);
        if (i < segments.length - 1) {
          if (parent) parent.dotted = true;
          else rootDotted = true;
        }
      }
      node(field.name).terminal = true;
    }
  }
  const frozen = new Map<string, PathNode>();
  for (const n of nodes.values()) {
    frozen.set(n.path, { path: n.path, terminal: n.terminal, dotted: n.dotted, children: [] });
  }
  for (const n of nodes.values()) {
    const children = (frozen.get(n.path) as unknown as { children: [string, PathNode][] }).children;
    for (const [key, child] of n.children) children.push([key, frozen.get(child.path) as PathNode]);
  }
  return {
    paths: [...root].map(([key, n]) => [key, frozen.get(n.path) as PathNode] as const),
    nodes: frozen,
    rootDotted,
    usedSteps: used,
  };
}

// Java's String.split("\\."): trailing empty strings are dropped ("a." gives ["a"], "." gives []).
function javaSplit(name: string): string[] {
  if (name === "") return [""];
  const parts = name.split(".");
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

function usedSteps(branches: readonly CompiledBranch[]): ReadonlySet<string> {
  const used = new Set<string>();
  for (const branch of branches) for (const field of branch.fields) for (const step of javaSplit(field.name)) used.add(step);
  return used;
}

// event-ruler's GenericMachine.isFieldStepUsed: an event key is visited only when it, or every part of it between
// dots, is a step some rule uses. So an event key "" is skipped unless a field name holds an inner empty step.
export function isFieldStepUsed(key: string, used: ReadonlySet<string>): boolean {
  if (used.has(key)) return true;
  return key.includes(".") && javaSplit(key).every((step) => used.has(step));
}
