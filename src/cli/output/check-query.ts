import { UsageError } from "../usage-error.js";

interface Token {
  type: string;
  value: unknown;
  start: number;
}

/** The JavaScript library's token type (`UnquotedIdentifier`, `Rbracket`, `EQ`) as Python's jmespath names it (`UNQUOTED_IDENTIFIER`). */
const pythonType = (type: string): string => type.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/**
 * Checks a `--query` before any request, as the AWS CLI does (exit 252): `Bad value for --query Q: ...` with the
 * wording of Python's jmespath, which the AWS CLI prints: an incomplete expression, or the unexpected token with its
 * column and a caret under it. The `jmespath` package reports no positions, so the column is found from its tokens
 * (the first of the type it names; for tokens left over, the first after a complete expression); an error it words
 * in a way not mapped here gets the expression and no column.
 */
export async function checkQuery(query: string): Promise<void> {
  // compile and tokenize are exported by the package but missing from @types/jmespath.
  const { compile, tokenize } = (await import("jmespath")) as unknown as { compile(text: string): unknown; tokenize(text: string): Token[] };
  try {
    compile(query);
  } catch (error) {
    const parses = (text: string): boolean => {
      try {
        compile(text);
        return true;
      } catch {
        return false;
      }
    };
    throw new UsageError(`Bad value for --query ${query}: ${describe(query, String((error as Error).message), () => tokenize(query), parses)}`, { plain: true });
  }
}

function describe(query: string, message: string, tokens: () => Token[], parses: (text: string) => boolean): string {
  const caret = (position: number): string => `"${query}"\n${" ".repeat(position + 1)}^`;
  if (/\bEOF\b/i.test(message)) return `Invalid jmespath expression: Incomplete expression:\n${caret(query.length)}`;
  const unknown = /^Unknown character:(.*)$/s.exec(message);
  if (unknown) {
    const at = query.indexOf(unknown[1]!);
    return `Bad jmespath expression: Unknown token ${unknown[1]}:\n${query}\n${" ".repeat(Math.max(at, 0))}^`;
  }
  let list: Token[] = [];
  try {
    list = tokens();
  } catch {
    // the lexer failed as well: no positions
  }
  const find = (type: string, value?: string): Token | undefined => list.find((t) => t.type === type && (value === undefined || String(t.value) === value));
  const at = (token: Token | undefined, reason: string): string | undefined =>
    token && `${reason}: Parse error at column ${token.start}, token "${String(token.value)}" (${pythonType(token.type)}), for expression:\n${caret(token.start)}`;
  // Tokens left after a complete expression (Python: "Unexpected token: V").
  const leftover = /^Unexpected token type: (\w+), value: (.*)$/s.exec(message);
  // The first of them is the one that follows a complete expression.
  if (leftover) {
    const token = list.find((t) => t.type === leftover[1] && String(t.value) === leftover[2] && parses(query.slice(0, t.start)));
    return at(token, `Unexpected token: ${leftover[2]}`) ?? fallback(query);
  }
  // A token where another was required (Python: "Expecting: expected, got: actual").
  const expected = /^Expected (\w+), got: (\w+)$/.exec(message);
  if (expected) return at(find(expected[2]!), `Expecting: ${pythonType(expected[1]!).toLowerCase()}, got: ${pythonType(expected[2]!).toLowerCase()}`) ?? fallback(query);
  const invalid = /^(?:Invalid token \((\w+)\)|Sy[nt]+ax error, unexpected token: .*\((\w+)\))/s.exec(message);
  if (invalid) return at(find((invalid[1] ?? invalid[2])!), "invalid token") ?? fallback(query);
  return fallback(query);
}

const fallback = (query: string): string => `Invalid jmespath expression: Parse error for expression:\n"${query}"`;
