import { readFileSync } from "node:fs";
import { UsageError } from "./usage-error.js";

/** The text of an argument that may name a file: `@path` reads the file, `@-` reads stdin, anything else is literal. */
export function readArgText(value: string, what: string): string {
  if (!value.startsWith("@")) return value;
  const path = value.slice(1);
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
  } catch (error) {
    throw new UsageError(`${what}: not valid JSON (${(error as Error).message})`);
  }
}

/** An integer flag value; anything else is a usage error. */
export function integerArg(value: string, flag: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`--${flag} expects an integer, got '${value}'`);
  return Number(value);
}

/** A positive number of seconds (fractions allowed). */
export function secondsArg(value: string, flag: string): number {
  const seconds = Number(value);
  if (value.trim() === "" || !(seconds > 0) || !Number.isFinite(seconds)) {
    throw new UsageError(`--${flag} expects a positive number of seconds, got '${value}'`);
  }
  return seconds;
}

/** A timestamp given as ISO 8601 or as epoch seconds. */
export function timestampArg(value: string | number, what: string): Date {
  const date = typeof value === "number" || /^\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${what} expects an ISO 8601 date or epoch seconds, got '${value}'`);
  return date;
}
