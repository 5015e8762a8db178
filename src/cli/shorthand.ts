/**
 * The AWS CLI's shorthand syntax (`Key=Value,Key2=[a,b],Key3={K=V}`), ported from aws-cli's
 * `awscli/shorthand.py` (`ShorthandParser`): the same grammar, character classes, quoting, escaped commas,
 * backtracking for lists, and error texts, so a value a script passes to `aws` parses to the same thing here.
 */

/** A shorthand value: a string, a list of values, or an object. */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

/** A shorthand syntax error, worded as the AWS CLI's, with a caret under the failing position. */
export class ShorthandParseError extends Error {
  override readonly name = "ShorthandParseError";
}

// Character classes of shorthand.py's _START_WORD, _FIRST_FOLLOW_CHARS and _SECOND_FOLLOW_CHARS.
const START_WORD = "!#-&(-+\\--<>-Z\\\\-z\\u007c-\\uffff";
const FIRST_FOLLOW = "\\s!#-&(-+\\--\\\\^-|~-\\uffff";
const SECOND_FOLLOW = "\\s!#-&(-+\\--<>-\\uffff";
const ESCAPED_COMMA = "(\\\\,)";
const FIRST_VALUE = { name: "first", regex: new RegExp(`^(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW}])*`, "u") };
const SECOND_VALUE = { name: "second", regex: new RegExp(`^(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW}])*`, "u") };
const SINGLE_QUOTED = { name: "singled quoted", regex: /^'(?:\\\\|\\'|[^'])*'/u };
const DOUBLE_QUOTED = { name: "double quoted", regex: /^"(?:\\\\|\\"|[^"])*"/u };
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = /[ \t\n\r\x0b\x0c]/;

function errorLocation(value: string, index: number): string {
  let consumed = value;
  let remaining = "";
  let spaces = index;
  const before = value.slice(0, index);
  if (before.includes("\n")) spaces = index - before.lastIndexOf("\n") - 1;
  const after = value.slice(index);
  if (after.includes("\n")) {
    const next = index + after.indexOf("\n");
    consumed = value.slice(0, next);
    remaining = value.slice(next);
  }
  return `${consumed}\n${" ".repeat(spaces)}^${remaining}`;
}

class SyntaxFailure extends ShorthandParseError {}

/** Parses one shorthand argument into an object, e.g. `a=b,c=[d,e]` → `{ a: "b", c: ["d", "e"] }`. */
export function parseShorthand(input: string): Record<string, ShorthandValue> {
  let index = 0;
  const atEof = (): boolean => index >= input.length;
  const current = (): string | undefined => input[index];
  const whitespace = (): void => {
    while (!atEof() && WHITESPACE.test(current()!)) index++;
  };
  const expect = (char: string, consumeWhitespace = false): void => {
    if (consumeWhitespace) whitespace();
    if (atEof()) throw syntax(char, "EOF");
    if (current() !== char) throw syntax(char, current()!);
    index++;
    if (consumeWhitespace) whitespace();
  };
  const syntax = (expected: string, actual: string): SyntaxFailure =>
    new SyntaxFailure(`Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(input, index)}`);
  const mustConsume = (re: { name: string; regex: RegExp }): string => {
    const match = re.regex.exec(input.slice(index));
    if (!match) throw syntax(`<${re.name}>`, "<none>");
    index += match[0].length;
    return match[0];
  };
  const quoted = (re: { name: string; regex: RegExp }, escaped: string): string =>
    mustConsume(re).slice(1, -1).split(`\\${escaped}`).join(escaped).split("\\\\").join("\\");
  const key = (): string => {
    const start = index;
    while (!atEof() && KEY_CHARS.test(current()!)) index++;
    return input.slice(start, index);
  };
  const firstValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, "'");
    if (current() === '"') return quoted(DOUBLE_QUOTED, '"');
    const match = FIRST_VALUE.regex.exec(input.slice(index));
    if (!match) return "";
    index += match[0].length;
    return match[0].replaceAll("\\,", ",").trimEnd();
  };
  const secondValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, "'");
    if (current() === '"') return quoted(DOUBLE_QUOTED, '"');
    return mustConsume(SECOND_VALUE).replaceAll("\\,", ",").trimEnd();
  };
  const explicitValues = (): ShorthandValue => (current() === "[" ? explicitList() : current() === "{" ? hashLiteral() : firstValue());
  const explicitList = (): ShorthandValue[] => {
    expect("[", true);
    const values: ShorthandValue[] = [];
    while (current() !== "]") {
      values.push(explicitValues());
      whitespace();
      if (current() !== "]") {
        expect(",");
        whitespace();
      }
    }
    expect("]");
    return values;
  };
  const hashLiteral = (): Record<string, ShorthandValue> => {
    expect("{", true);
    const object: Record<string, ShorthandValue> = {};
    while (current() !== "}") {
      const k = key();
      expect("=", true);
      const v = explicitValues();
      whitespace();
      if (current() !== "}") {
        expect(",");
        whitespace();
      }
      object[k] = v;
    }
    expect("}");
    return object;
  };
  const csvValue = (): ShorthandValue => {
    const first = firstValue();
    whitespace();
    if (atEof() || input[index] !== ",") return first;
    expect(",", true);
    const list: string[] = [first];
    for (;;) {
      try {
        const value = secondValue();
        whitespace();
        if (atEof()) {
          list.push(value);
          break;
        }
        expect(",", true);
        list.push(value);
      } catch (error) {
        if (!(error instanceof SyntaxFailure) || atEof()) throw error;
        // A `key=` follows: back up to the comma before it (shorthand.py's _backtrack_to).
        while (index >= 0 && input[index] !== ",") index--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  };
  const values = (): ShorthandValue => (atEof() ? "" : current() === "[" ? explicitList() : current() === "{" ? hashLiteral() : csvValue());
  const keyval = (): [string, ShorthandValue] => {
    const k = key();
    expect("=", true);
    return [k, values()];
  };

  const params: Record<string, ShorthandValue> = {};
  const [k0, v0] = keyval();
  params[k0] = v0;
  let lastIndex = index;
  while (index < input.length) {
    expect(",", true);
    const [k, v] = keyval();
    if (Object.hasOwn(params, k)) {
      throw new ShorthandParseError(
        `Second instance of key "${k}" encountered for input:\n${errorLocation(input, lastIndex + 1)}\n` +
          'This is often because there is a preceding "," instead of a space.',
      );
    }
    params[k] = v;
    lastIndex = index;
  }
  return params;
}
