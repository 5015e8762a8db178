/**
 * Integers as Python's `int(text)` reads them, which the AWS CLI uses for integer members and argparse's `type=int`
 * flags: surrounding whitespace, an optional sign, ASCII digits with single underscores between them (`1_000`).
 * Returns undefined where Python raises `ValueError`.
 */
export function pythonInt(text: string): number | undefined {
  const match = /^\s*([-+]?)(\d(?:_?\d)*)\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[2]!.replaceAll("_", ""));
  return match[1] === "-" ? -value : value;
}

/** A string as Python's `repr()` prints it (the quoting its error messages use): `'abc'`, `"it's"`. */
export function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}
