/** A value as one table cell: dates as ISO strings, objects as compact JSON, nothing as empty. */
export function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Renders rows under upper-cased headers, columns padded to their widest cell. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(headers.map((h) => h.toUpperCase())), ...rows.map(line)].join("\n") + "\n";
}

/** Renders an object's top-level members as a two-column KEY/VALUE table, skipping `$metadata` and empty members. */
export function renderKeyValue(record: unknown): string {
  const entries = Object.entries((record ?? {}) as Record<string, unknown>).filter(([k, v]) => k !== "$metadata" && v !== undefined);
  return renderTable(["key", "value"], entries.map(([k, v]) => [k, cell(v)]));
}
