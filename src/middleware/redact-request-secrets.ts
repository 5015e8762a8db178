import type { HttpRequest } from "@smithy/types";

/** What replaces a secret in an error. */
export const REDACTED = "[redacted]";

/** Shorter values are not redacted: replacing them everywhere would garble messages, and real keys are longer. */
const MIN_SECRET_LENGTH = 8;
/** How deep {@link redactRequestSecrets} walks an error's fields (service errors are flat; this bounds a cycle). */
const MAX_DEPTH = 6;

const headerOf = (request: HttpRequest, name: string): string | undefined => {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : request.headers[key];
};

/**
 * The secret values a signed request carried and a server could echo back: the whole `Authorization` header,
 * its access key id and signature, and `X-Amz-Security-Token`. (The secret access key itself never goes on the wire.)
 */
export function requestSecrets(request: HttpRequest): string[] {
  const authorization = headerOf(request, "authorization");
  const values = [
    authorization,
    authorization?.match(/Credential=([^/,\s]+)/)?.[1],
    authorization?.match(/Signature=([0-9a-fA-F]+)/)?.[1],
    headerOf(request, "x-amz-security-token"),
  ];
  const secrets = values.filter((v): v is string => typeof v === "string" && v.length >= MIN_SECRET_LENGTH);
  // Longest first: the whole header is replaced before the key id inside it.
  return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each of `secrets` (at least 8 characters long) replaced by {@link REDACTED}. */
export function redactText(text: string, secrets: readonly (string | undefined)[]): string {
  const usable = secrets.filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  return usable.reduce((out, secret) => (out.includes(secret) ? out.split(secret).join(REDACTED) : out), text);
}

/**
 * Replaces every occurrence of `secrets` in an error that came back for a request: its message and stack, its
 * string fields (a service error copies the body's members onto itself), its `cause`, and the hidden raw
 * `$response` (header values and a byte or string body). A server that echoes the `Authorization` header or the
 * security token in an error (AWS quotes the canonical request, with the token, in a signature mismatch; proxies
 * echo headers in HTML pages) would otherwise put them in logs, stacks and `JSON.stringify(error)`.
 *
 * @example
 * try { return await next(args); } catch (error) { redactRequestSecrets(error, requestSecrets(signed)); throw error; }
 */
export function redactRequestSecrets(error: unknown, secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== "object" || seen.has(value) || depth > MAX_DEPTH) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) return;
    if (value instanceof Error) {
      const message = redactText(String(value.message), secrets);
      if (message !== value.message) assign(value, "message", message);
      if (typeof value.stack === "string") {
        const stack = redactText(value.stack, secrets);
        if (stack !== value.stack) assign(value, "stack", stack);
      }
      visit((value as { cause?: unknown }).cause, depth + 1);
      redactResponse((value as { $response?: unknown }).$response, secrets);
    }
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key];
      if (typeof field === "string") {
        const redacted = redactText(field, secrets);
        if (redacted !== field) assign(value, key, redacted);
      } else visit(field, depth + 1);
    }
  };
  visit(error, 0);
}

/** The raw response stays for debugging (retry hints, dates); only the secrets in it are replaced. */
function redactResponse(response: unknown, secrets: readonly string[]): void {
  if (response === null || typeof response !== "object") return;
  const { headers, body } = response as { headers?: Record<string, unknown>; body?: unknown };
  if (headers && typeof headers === "object") {
    for (const [name, value] of Object.entries(headers)) if (typeof value === "string") headers[name] = redactText(value, secrets);
  }
  if (typeof body === "string") assign(response, "body", redactText(body, secrets));
  else if (body instanceof Uint8Array) {
    // TextDecoder, not Buffer: this runs in browsers and workers too (bad bytes become U+FFFD either way).
    const text = new TextDecoder().decode(body);
    const redacted = redactText(text, secrets);
    if (redacted !== text) assign(response, "body", new TextEncoder().encode(redacted));
  }
}

/** Sets a field, ignoring objects that do not allow it (a frozen error keeps what it has). */
function assign(target: object, key: string, value: unknown): void {
  try {
    (target as Record<string, unknown>)[key] = value;
  } catch {
    // Read-only: nothing else can be done without replacing the caller's error object.
  }
}
