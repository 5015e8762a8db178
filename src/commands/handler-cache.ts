import type { Handler, MiddlewareStack } from "@smithy/types";

/** Methods that change what a stack resolves to; calling any of them ends caching for that stack. */
const MUTATORS = ["add", "addRelativeTo", "remove", "removeByTag", "identifyOnResolve"] as const;

/** Handler caches of client stacks that still hold exactly the client's own middleware. */
const pristineStacks = new WeakMap<object, Map<Function, Handler<never, never>>>();

/**
 * Marks a client's middleware stack as pristine (holding only the middleware the client added
 * itself) and watches it: the first call that changes it ends caching for good. Rebuilding the
 * handler chain on every `send()` — as the SDK does, so that middleware added later takes effect —
 * costs more than signing the request; while nobody has touched the stack, the chain for a
 * command class cannot differ between sends, so it is built once.
 */
export function watchPristineStack(stack: MiddlewareStack<object, object>): void {
  pristineStacks.set(stack, new Map());
  const methods = stack as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of MUTATORS) {
    const original = methods[name]!;
    methods[name] = function (this: unknown, ...args: unknown[]) {
      // identifyOnResolve() without an argument only reads the flag.
      if (name !== "identifyOnResolve" || typeof args[0] === "boolean") pristineStacks.delete(stack);
      return original.apply(this, args);
    };
  }
}

/** The handler cache of a pristine client stack, or undefined once the stack was changed. */
export function pristineHandlerCache(stack: object): Map<Function, Handler<never, never>> | undefined {
  return pristineStacks.get(stack);
}
