import type { CliOption, FlagValues } from "./cli-command.js";
import { UsageError } from "./usage-error.js";

/** Parsed arguments: flag values by option name, positionals, and what was not recognized. */
export interface ParsedArgs {
  values: FlagValues;
  positionals: string[];
  /** Unknown flags and the words after them, in order, as the AWS CLI lists them in "Unknown options: ...". */
  unknown: string[];
}

/** The Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest of `candidates` to `word`, if close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * Parses words as the AWS CLI's argparse does: `--flag value`, `--flag=value`, list flags taking every word up to
 * the next `--flag`, boolean members also as `--no-flag`, and a unique prefix of a flag name standing for it.
 */
export function parseArgs(args: readonly string[], options: readonly CliOption[]): ParsedArgs {
  const byName = new Map<string, { option: CliOption; negated: boolean }>();
  for (const option of options) {
    byName.set(option.name, { option, negated: false });
    if (option.negatable) byName.set(`no-${option.name}`, { option, negated: true });
  }
  const names = [...byName.keys()];
  const values: FlagValues = {};
  const positionals: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const prefixed = names.filter((n) => n.startsWith(written));
    const name = byName.has(written) ? written : prefixed.length === 1 ? prefixed[0]! : undefined;
    if (name === undefined) {
      if (prefixed.length > 1) throw new UsageError(`ambiguous option: --${written} could match ${prefixed.map((n) => `--${n}`).join(", ")}`);
      unknown.push(arg);
      while (i + 1 < args.length && !args[i + 1]!.startsWith("--")) unknown.push(args[++i]!);
      continue;
    }
    const { option, negated } = byName.get(name)!;
    if (option.kind === "boolean") {
      if (eq !== -1) throw new UsageError(`argument --${name}: ignored explicit argument '${arg.slice(eq + 1)}'`);
      values[option.name] = !negated;
      continue;
    }
    const words: string[] = [];
    if (eq !== -1) words.push(arg.slice(eq + 1));
    else if (option.kind === "value" && i + 1 < args.length && !args[i + 1]!.startsWith("--")) words.push(args[++i]!);
    if (option.kind === "list") while (i + 1 < args.length && !args[i + 1]!.startsWith("--")) words.push(args[++i]!);
    if (words.length === 0 && option.optionalValue) {
      values[option.name] = true;
      continue;
    }
    if (words.length === 0) throw new UsageError(`argument --${name}: expected ${option.kind === "list" ? "at least one argument" : "one argument"}`);
    values[option.name] = option.kind === "list" ? words : words[0]!;
  }
  return { values, positionals, unknown };
}
