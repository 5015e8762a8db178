import { readFileSync } from "node:fs";
import { jsonProblem } from "./param-values.js";
import { UsageError } from "./usage-error.js";

/**
 * The text of an argument that may name a file: `file://path` (the AWS CLI's spelling) or `@path` reads the file,
 * `@-` reads stdin, anything else is literal.
 */
export function readArgText(value: string, what: string): string {
  if (!value.startsWith("@") && !value.startsWith("file://")) return value;
  const path = value.startsWith("@") ? value.slice(1) : value.slice("file://".length);
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new UsageError(`${what}: cannot read ${path === "-" ? "stdin" : `file '${path}'`} (${(error as { code?: string }).code ?? String(error)})`);
  }
}

/** Parses JSON given literally or as `@file`. */
export function readJsonArg(value: string, what: string): unknown {
  const text = readArgText(value, what);
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${what}: not valid JSON (${jsonProblem(text)})`);
  }
}
