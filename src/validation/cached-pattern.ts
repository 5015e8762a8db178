const cache = new Map<string, RegExp>();

/**
 * Compiles a Smithy `pattern` once: an ECMAScript regular expression that is not implicitly anchored, so it is used
 * with `test()` exactly as written (no flags; without `g` or `y`, `test()` keeps no state between calls).
 */
export function cachedPattern(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    cache.set(pattern, regex);
  }
  return regex;
}
