import type { JsonNode } from "./json-text.js";

/** A JSON object (not an array, not null). */
export type JsonObject = { [key: string]: unknown };

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names a JSON value's type for error messages, e.g. `the string "x"`, `an object`, `null`. */
export function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the string ${truncate(JSON.stringify(value))}`;
    case "number":
    case "boolean":
      return `the ${typeof value} ${String(value)}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/** Appends a key to a dotted pattern path, quoting keys that would be ambiguous. */
export function joinPath(base: string, key: string): string {
  const segment = /^[A-Za-z0-9_$:@/+-]+$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (base === "") return segment;
  return segment.startsWith("[") ? `${base}${segment}` : `${base}.${segment}`;
}

/** Names a parsed pattern value's type for error messages, like {@link describeJson}. */
export function describeNode(node: JsonNode | undefined): string {
  if (node === undefined) return "nothing";
  switch (node.kind) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return `the string ${truncate(JSON.stringify(node.value))}`;
    case "number":
      return `the number ${node.text}`;
    case "literal":
      return node.value === null ? "null" : `the boolean ${String(node.value)}`;
  }
}

/** The JSON text of a parsed pattern value (numbers as written), for messages. */
export function nodeText(node: JsonNode): string {
  switch (node.kind) {
    case "object":
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${nodeText(v)}`).join(",")}}`;
    case "array":
      return `[${node.items.map(nodeText).join(",")}]`;
    case "string":
      return JSON.stringify(node.value);
    case "number":
      return node.text;
    case "literal":
      return String(node.value);
  }
}
