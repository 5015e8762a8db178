import { inspect } from "node:util";
import type { Logger } from "@smithy/types";

/** One call a {@link capturingLogger} received. */
export interface LoggedCall {
  level: string;
  args: unknown[];
}

/** A logger with every level (trace to error) that keeps what it is given. */
export function capturingLogger(): { logger: Logger; calls: LoggedCall[] } {
  const calls: LoggedCall[] = [];
  const at = (level: string) => (...args: unknown[]) => void calls.push({ level, args });
  return { calls, logger: { trace: at("trace"), debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

/**
 * Every string reachable from a value: own keys (enumerable or not, so hidden fields such as `$response` and
 * `cause` are walked too), string values, byte arrays as UTF-8, and each error's message and stack.
 */
export function reachableStrings(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === "string") return void out.push(value);
    if (value === null || typeof value !== "object" || seen.has(value) || depth > 14) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) return void out.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("utf8"));
    if (value instanceof Error) out.push(String(value.message), String(value.stack));
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === "string") out.push(key);
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      // Getters are not called: reading them could have effects; what they return is not stored on the object.
      if (descriptor && "value" in descriptor) visit(descriptor.value, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/**
 * The texts a secret must never appear in for an error and the log calls made while it was produced: the message,
 * the stack, `JSON.stringify(error)`, its enumerable fields, `util.inspect` of the error and of every log call (what
 * a console logger prints), and every string reachable from the error and the logs, hidden fields included.
 */
export function exposedTexts(error: unknown, calls: LoggedCall[]): Record<string, string> {
  const e = error as Error | undefined;
  return {
    message: String(e?.message),
    stack: String(e?.stack),
    "JSON.stringify(error)": JSON.stringify(error) ?? "",
    "enumerable fields": JSON.stringify(Object.entries((error ?? {}) as object), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
    "inspect(error)": inspect(error, { depth: 12, showHidden: true }),
    "every log call": inspect(calls, { depth: 12, showHidden: true }),
    "reachable from the error": reachableStrings(error).join("\n"),
    "reachable from the logs": reachableStrings(calls).join("\n"),
  };
}

/** The places (of {@link exposedTexts}) where one of `secrets` shows up, as "place: secret" lines; empty when none. */
export function leaks(texts: Record<string, string>, secrets: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  for (const [place, text] of Object.entries(texts)) {
    for (const [name, secret] of Object.entries(secrets)) {
      if (secret && text.includes(secret)) found.push(`${place}: ${name}`);
    }
  }
  return found;
}
