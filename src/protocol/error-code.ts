/**
 * Finds and sanitizes a restJson1 error code, in the SDK's order: the `x-amzn-errortype` header,
 * then a body key matching `code` in any case, then `__type`. Sanitizing keeps the part before
 * the first `,` and `:`, and the part after a `#` (`com.amazonaws.lambda#X` → `X`).
 */
export function errorCode(headers: Record<string, string>, body: Record<string, unknown>): string | undefined {
  const sanitize = (raw: unknown): string => {
    let code = String(raw);
    if (code.includes(",")) code = code.split(",")[0]!;
    if (code.includes(":")) code = code.split(":")[0]!;
    if (code.includes("#")) code = code.split("#")[1]!;
    return code;
  };
  const headerKey = Object.keys(headers).find((k) => k.toLowerCase() === "x-amzn-errortype");
  if (headerKey !== undefined) return sanitize(headers[headerKey]);
  const codeKey = Object.keys(body).find((k) => k.toLowerCase() === "code");
  if (codeKey !== undefined && body[codeKey] !== undefined) return sanitize(body[codeKey]);
  if (body.__type !== undefined) return sanitize(body.__type);
  return undefined;
}
