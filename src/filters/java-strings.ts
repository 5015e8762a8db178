/**
 * `equals-ignore-case` as event-ruler (Java) compiles it. Sources: event-ruler
 * `src/main/software/amazon/event/ruler/input/EqualsIgnoreCaseParser.java` (case folding, one Java `char` at a time)
 * and Java's `String.getBytes(UTF_8)`, which writes `?` for an unpaired surrogate.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type WellFormed = { isWellFormed?: () => boolean };

/** The string as Java's UTF-8 encoder sees it: every unpaired surrogate becomes `?`. */
function javaUtf8(value: string): string {
  const check = (value as unknown as WellFormed).isWellFormed;
  if (check ? check.call(value) : !LONE_SURROGATE.test(value)) return value;
  LONE_SURROGATE.lastIndex = 0;
  return value.replace(LONE_SURROGATE, "?");
}

/**
 * Compiles an `equals-ignore-case` operand the way EqualsIgnoreCaseParser does: for each UTF-16 code unit `c` the
 * event may hold `c.toLowerCase()` or `c.toUpperCase()` (Locale.ROOT; both may be longer than one character, as
 * `ß` → `SS` or `İ` → `i̇`). The event itself is never folded, so `straße` matches `STRASSE` but not the reverse,
 * and `ı` matches `I` while `I` does not match `ı`. A surrogate on its own folds to itself, which Java then writes
 * as `?`, so a character outside the BMP in the operand matches only `??`.
 */
export function compileIgnoreCase(operand: string): IgnoreCaseMatcher {
  const alternatives: string[][] = [];
  let simple = true;
  for (let i = 0; i < operand.length; i++) {
    const unit = operand[i] as string;
    const lower = javaUtf8(unit.toLowerCase());
    const upper = javaUtf8(unit.toUpperCase());
    const options = lower === upper ? [lower] : [lower, upper];
    if (options.some((o) => o.length !== 1)) simple = false;
    alternatives.push(options);
  }
  return { alternatives, simple };
}

/** A compiled `equals-ignore-case` operand: per operand code unit, the strings an event may hold there. */
export interface IgnoreCaseMatcher {
  readonly alternatives: readonly (readonly string[])[];
  /** Every alternative is one code unit long (then matching is a plain position-by-position check). */
  readonly simple: boolean;
}

/**
 * Where in `value` (from `start`) a sequence of the matcher's alternatives can end: the set of end offsets.
 */
function ignoreCaseEnds(m: IgnoreCaseMatcher, value: string, start: number): Set<number> {
  let positions = new Set<number>([start]);
  for (const options of m.alternatives) {
    const next = new Set<number>();
    for (const at of positions) {
      for (const option of options) if (value.startsWith(option, at)) next.add(at + option.length);
    }
    if (next.size === 0) return next;
    positions = next;
  }
  return positions;
}

/** `value` is exactly a sequence of the matcher's alternatives. */
export function ignoreCaseEquals(m: IgnoreCaseMatcher, value: string): boolean {
  if (m.simple) {
    if (value.length !== m.alternatives.length) return false;
    for (let i = 0; i < value.length; i++) if (!(m.alternatives[i] as readonly string[]).includes(value[i] as string)) return false;
    return true;
  }
  return ignoreCaseEnds(m, value, 0).has(value.length);
}

/** `value` starts with a sequence of the matcher's alternatives. */
export function ignoreCaseStartsWith(m: IgnoreCaseMatcher, value: string): boolean {
  if (m.simple) {
    if (value.length < m.alternatives.length) return false;
    for (let i = 0; i < m.alternatives.length; i++) if (!(m.alternatives[i] as readonly string[]).includes(value[i] as string)) return false;
    return true;
  }
  return ignoreCaseEnds(m, value, 0).size > 0;
}

/** `value` ends with a sequence of the matcher's alternatives. */
export function ignoreCaseEndsWith(m: IgnoreCaseMatcher, value: string): boolean {
  if (m.simple) {
    const offset = value.length - m.alternatives.length;
    if (offset < 0) return false;
    for (let i = 0; i < m.alternatives.length; i++) if (!(m.alternatives[i] as readonly string[]).includes(value[offset + i] as string)) return false;
    return true;
  }
  // Alternatives differ in length: try every start from which the whole rest of the value is consumed.
  for (let start = value.length; start >= 0; start--) if (ignoreCaseEnds(m, value, start).has(value.length)) return true;
  return false;
}
