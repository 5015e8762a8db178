/**
 * `--output text`, ported from aws-cli's `awscli/text.py`: scalars of a dict tab-separated in sorted key order
 * (prefixed by the upper-cased key of the enclosing member), nested members on lines of their own.
 */
export function formatText(data: unknown): string {
  const out: string[] = [];
  formatItem(data, out, undefined, undefined);
  return out.join("");
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isComposite = (v: unknown): boolean => typeof v === "object" && v !== null;
const sortKeys = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Python's `str()` of a parsed JSON value, which is what the AWS CLI writes: `None`/`True`/`False` for the
 * scalars, and the `repr()` of a dict or list where one stands in a cell (a member that is a structure in one list
 * element and null in another), e.g. `{'MaximumConcurrency': 5}`.
 */
export function pythonStr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "object") return pythonRepr(value);
  return String(value);
}

/** Python's `repr()` of a value parsed from JSON (strings quoted and escaped as Python quotes them). */
function pythonRepr(value: unknown): string {
  if (typeof value === "string") return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value).map(([k, v]) => `${pythonStringRepr(k)}: ${pythonRepr(v)}`).join(", ")}}`;
  }
  return pythonStr(value);
}

/** Single quotes unless the text holds a single quote and no double quote; `\\`, `\t`, `\n`, `\r` and `\xNN` escapes. */
function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replace(/[\\\t\n\r'"\x00-\x1f\x7f]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "\t") return "\\t";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "'" || c === '"') return c === quote ? `\\${c}` : c;
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `${quote}${escaped}${quote}`;
}

function formatItem(item: unknown, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (isObject(item)) formatDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(`${pythonStr(item)}\n`);
}

function formatList(item: unknown[], identifier: string | undefined, out: string[]): void {
  if (item.length === 0) return;
  if (item.some(isObject)) {
    const keys = new Set<string>();
    for (const element of item) if (isObject(element)) for (const [k, v] of Object.entries(element)) if (!isComposite(v)) keys.add(k);
    const allKeys = sortKeys(keys);
    for (const element of item) formatItem(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((e) => !isComposite(e));
    if (scalars.length) formatScalarList(scalars, identifier, out);
    for (const nonScalar of item.filter(isComposite)) formatItem(nonScalar, out, identifier, undefined);
  } else {
    formatScalarList(item, identifier, out);
  }
}

function formatScalarList(elements: unknown[], identifier: string | undefined, out: string[]): void {
  if (identifier !== undefined) for (const e of elements) out.push(`${identifier.toUpperCase()}\t${pythonStr(e)}\n`);
  else out.push(`${elements.map(pythonStr).join("\t")}\n`);
}

function formatDict(scalarKeys: string[] | undefined, item: Record<string, unknown>, identifier: string | undefined, out: string[]): void {
  const scalars: string[] = [];
  const nonScalars: [string, unknown][] = [];
  if (scalarKeys === undefined) {
    for (const key of sortKeys(Object.keys(item))) {
      if (isComposite(item[key])) nonScalars.push([key, item[key]]);
      else scalars.push(pythonStr(item[key]));
    }
  } else {
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? pythonStr(item[key]) : "");
    for (const key of sortKeys(Object.keys(item).filter((k) => !scalarKeys.includes(k)))) nonScalars.push([key, item[key]]);
  }
  if (scalars.length) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join("\t")}\n`);
  }
  for (const [key, value] of nonScalars) formatItem(value, out, key, undefined);
}
