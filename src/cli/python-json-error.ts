/**
 * Why Python's `json.loads` rejects a text, worded and placed as Python words it: `Expecting ',' delimiter: line 1
 * column 9 (char 8)`. The AWS CLI parses JSON parameters with Python's json module (its C scanner) and prints that
 * message, so lambda-esm prints the same one instead of V8's `JSON.parse` wording. `undefined` when Python accepts
 * the text (which includes `NaN` and `Infinity`, where `JSON.parse` fails). Positions count code points, as Python's.
 */
export function pythonJsonError(text: string): string | undefined {
  const s = Array.from(text);
  try {
    if (s[0] === "\ufeff") throw new JsonFailure("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    let end: number;
    try {
      end = scanValue(s, skipWhitespace(s, 0));
    } catch (error) {
      if (error instanceof NoValue) throw new JsonFailure("Expecting value", error.position);
      throw error;
    }
    end = skipWhitespace(s, end);
    if (end !== s.length) throw new JsonFailure("Extra data", end);
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonFailure)) throw error;
    const before = s.slice(0, error.position);
    const line = before.filter((c) => c === "\n").length + 1;
    const column = error.position - before.lastIndexOf("\n");
    return `${error.message}: line ${line} column ${column} (char ${error.position})`;
  }
}

/** A decode error at a position (Python's JSONDecodeError). */
class JsonFailure {
  constructor(
    readonly message: string,
    readonly position: number,
  ) {}
}

/** No value starts at the position (the C scanner's StopIteration, reported as "Expecting value"). */
class NoValue {
  constructor(readonly position: number) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

function skipWhitespace(s: string[], i: number): number {
  while (i < s.length && WHITESPACE.has(s[i]!)) i++;
  return i;
}

const startsWith = (s: string[], i: number, word: string): boolean => s.slice(i, i + word.length).join("") === word;

/** `scan_once`: the end of the value at `i`. */
function scanValue(s: string[], i: number): number {
  if (i >= s.length) throw new NoValue(i);
  const c = s[i]!;
  if (c === '"') return scanString(s, i + 1);
  if (c === "{") return scanObject(s, i + 1);
  if (c === "[") return scanArray(s, i + 1);
  for (const word of ["null", "true", "false", "NaN", "Infinity", "-Infinity"]) {
    if (startsWith(s, i, word)) return i + word.length;
  }
  return scanNumber(s, i);
}

/** `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`. */
function scanNumber(s: string[], start: number): number {
  let i = start;
  if (s[i] === "-") i++;
  if (s[i] === "0") i++;
  else if (isDigit(s[i])) while (isDigit(s[i])) i++;
  else throw new NoValue(start);
  if (s[i] === "." && isDigit(s[i + 1])) {
    i += 2;
    while (isDigit(s[i])) i++;
  }
  if (s[i] === "e" || s[i] === "E") {
    let j = i + 1;
    if (s[j] === "-" || s[j] === "+") j++;
    if (isDigit(s[j])) {
      while (isDigit(s[j])) j++;
      i = j;
    }
  }
  return i;
}

/** `scanstring_unicode` (strict): `end` is just past the opening quote. */
function scanString(s: string[], end: number): number {
  const begin = end - 1;
  for (;;) {
    let next = end;
    while (next < s.length && s[next] !== '"' && s[next] !== "\\") {
      if (s[next]!.codePointAt(0)! <= 0x1f) throw new JsonFailure("Invalid control character at", next);
      next++;
    }
    if (next >= s.length) throw new JsonFailure("Unterminated string starting at", begin);
    if (s[next] === '"') return next + 1;
    next++;
    if (next >= s.length) throw new JsonFailure("Unterminated string starting at", begin);
    if (s[next] !== "u") {
      if (!ESCAPES.has(s[next]!)) throw new JsonFailure("Invalid \\escape", next - 1);
      end = next + 1;
      continue;
    }
    next++;
    end = next + 4;
    if (end >= s.length) throw new JsonFailure("Invalid \\uXXXX escape", next - 1);
    if (!s.slice(next, end).every(isHex)) throw new JsonFailure("Invalid \\uXXXX escape", end - 5);
    const unit = parseInt(s.slice(next, end).join(""), 16);
    // A high surrogate followed by \uXXXX: the second escape must be hex digits too.
    if (unit >= 0xd800 && unit <= 0xdbff && s[end] === "\\" && s[end + 1] === "u" && end + 6 < s.length) {
      if (!s.slice(end + 2, end + 6).every(isHex)) throw new JsonFailure("Invalid \\uXXXX escape", end + 1);
      end += 6;
    }
  }
}

/** `_parse_object_unicode`: `i` is just past `{`. */
function scanObject(s: string[], i: number): number {
  i = skipWhitespace(s, i);
  if (s[i] === "}") return i + 1;
  for (;;) {
    if (s[i] !== '"') throw new JsonFailure("Expecting property name enclosed in double quotes", i);
    i = skipWhitespace(s, scanString(s, i + 1));
    if (s[i] !== ":") throw new JsonFailure("Expecting ':' delimiter", i);
    i = scanValue(s, skipWhitespace(s, i + 1));
    i = skipWhitespace(s, i);
    if (s[i] === "}") return i + 1;
    if (s[i] !== ",") throw new JsonFailure("Expecting ',' delimiter", i);
    i = skipWhitespace(s, i + 1);
  }
}

/** `_parse_array_unicode`: `i` is just past `[`. */
function scanArray(s: string[], i: number): number {
  i = skipWhitespace(s, i);
  if (s[i] === "]") return i + 1;
  for (;;) {
    i = skipWhitespace(s, scanValue(s, i));
    if (s[i] === "]") return i + 1;
    if (s[i] !== ",") throw new JsonFailure("Expecting ',' delimiter", i);
    i = skipWhitespace(s, i + 1);
  }
}
