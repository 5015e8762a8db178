/**
 * `JSON.parse` for text that may hold credentials (credential responses, token caches). V8's `SyntaxError` quotes
 * the text around the error (`Unexpected token 'w', ..."ccessKey":wJalrXUtnF"... is not valid JSON`), which would
 * put part of a secret in an error message, its stack and logs; this throws a `SyntaxError` that keeps only the
 * position, naming `what` was parsed.
 *
 * @example
 * parseSecretJson('{"AccessKeyId":"a"', "Container metadata service response"); // SyntaxError: ... is not valid JSON (at position 18)
 */
export function parseSecretJson<T = unknown>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    throw new SyntaxError(`${what} is not valid JSON${position === undefined ? "" : ` (at position ${position})`}`);
  }
}
