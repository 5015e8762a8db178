/** The median of a non-empty sample (the upper middle for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median of no samples");
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Rotates `items` by `round` places, so that over the rounds every subject runs in every position equally often. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** `a / b` rounded to two decimals, or undefined when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100;
}
