import { pythonStr } from "./text-output.js";

/**
 * `--output table`, ported from aws-cli's `awscli/formatter.py` (TableFormatter) and `awscli/table.py`
 * (MultiTable): one section per nested member, columns scaled to the widest section, and sections with one row
 * turned vertical (key | value) when the table would be wider than the terminal (80 columns when not a terminal).
 */
export function formatTable(data: unknown, title: string, terminalWidth = 80): string {
  const table = new MultiTable();
  if (!build(table, title, data, 0)) return "";
  return table.render(terminalWidth);
}

class Section {
  title = "";
  headers: string[] = [];
  rows: string[][] = [];
  indent = 0;
  maxWidths: number[] = [];

  addHeader(headers: string[]): void {
    this.updateWidths(headers);
    this.headers = headers;
  }
  addRow(row: unknown[]): void {
    const cells = row.map(pythonStr);
    this.rows.push(cells);
    this.updateWidths(cells);
  }
  private updateWidths(row: string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = row.map((c) => c.length);
    else row.forEach((c, i) => (this.maxWidths[i] = Math.max(c.length, this.maxWidths[i] ?? 0)));
  }
  columnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const factor = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => pythonRound(factor * w));
    let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (off !== 0) {
      const order = [...scaled.keys()];
      if (off < 0) order.reverse();
      for (const i of order) {
        if (off > 0) {
          scaled[i]!--;
          off--;
        } else {
          scaled[i]!++;
          off++;
        }
        if (off === 0) break;
      }
    }
    return scaled;
  }
  totalWidth(padding: number, outer: number): number {
    const total = this.columnWidths().reduce((sum, w) => sum + w + padding, 0) + 2 + 2 * outer;
    return Math.max(this.title.length + 2 + 2 * outer, total);
  }
}

/** Python's round(): halves to even. */
function pythonRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

const center = (text: string, length: number, leftEdge = "|"): string => {
  const start = Math.floor(length / 2) - Math.floor(text.length / 2) - 1;
  const left = `${leftEdge}${" ".repeat(Math.max(0, start))}${text}`;
  return `${left}${" ".repeat(Math.max(0, length - 1 - left.length))}|`;
};
const alignLeft = (text: string, length: number, leftEdge: string): string => {
  const padding = length - (text.length + 2 + leftEdge.length + 1) >= 0 ? 2 : 0;
  const left = `${leftEdge}${" ".repeat(padding)}${text}`;
  return `${left}${" ".repeat(Math.max(0, length - left.length - 1))}|`;
};
const lineBreak = (widths: number[]): string => widths.map((w, i) => (i === 0 ? `+${"-".repeat(w - 2)}+` : `${"-".repeat(w - 1)}+`)).join("") + "\n";

class MultiTable {
  sections: Section[] = [];
  current?: Section;

  newSection(title: string, indent: number): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indent = indent;
    this.sections.push(this.current);
  }
  render(terminalWidth: number): string {
    let max = this.maxWidth();
    if (max > terminalWidth) {
      this.sections = this.sections.map((s) => {
        if (s.rows.length !== 1 || s.headers.length === 0) return s;
        const vertical = new Section();
        vertical.title = s.title;
        vertical.indent = s.indent;
        s.headers.forEach((h, i) => vertical.addRow([h, s.rows[0]![i]]));
        return vertical;
      });
      max = this.maxWidth();
    }
    let out = `${"-".repeat(max)}\n`;
    for (const section of this.sections) out += this.renderSection(section, max);
    return out;
  }
  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, s.indent)));
  }
  private renderSection(section: Section, maxWidth: number): string {
    const lines: string[] = [];
    const width = maxWidth - section.indent * 2;
    if (section.title) {
      lines.push(center(section.title, width) + "\n");
      if (section.headers.length === 0 && section.rows.length === 0) lines.push(`+${"-".repeat(width - 2)}+\n`);
    }
    if (section.headers.length) {
      const widths = section.columnWidths(4, width);
      lines.push(lineBreak(widths));
      lines.push(section.headers.map((h, i) => center(h, widths[i]!, i === 0 ? "|" : "")).join("") + "\n");
    }
    if (section.rows.length) {
      const widths = section.columnWidths(4, width);
      if (widths.length) {
        lines.push(lineBreak(widths));
        for (const row of section.rows) lines.push(row.map((c, i) => alignLeft(c, widths[i]!, i === 0 ? "|" : "")).join("") + "\n");
        lines.push(lineBreak(widths));
      }
    }
    const indent = "|".repeat(section.indent);
    return lines.map((l) => `${indent}${l.slice(0, -1)}${indent}\n`).join("");
  }
}

const isScalar = (v: unknown): boolean => typeof v !== "object" || v === null;
const sorted = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function groupKeys(current: Record<string, unknown>): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const key of Object.keys(current)) (isScalar(current[key]) ? headers : more).push(key);
  return [sorted(headers), sorted(more)];
}

function build(table: MultiTable, title: string | undefined, current: unknown, indent: number): boolean {
  // Python's `if not current`: nothing, false, 0, "", [] and {} print no section.
  if (!current || (typeof current === "object" && Object.keys(current).length === 0)) return false;
  if (title !== undefined) table.newSection(title, indent);
  if (table.current === undefined) table.newSection("", indent);
  if (Array.isArray(current)) {
    if (typeof current[0] === "object" && current[0] !== null && !Array.isArray(current[0])) buildFromList(table, current as Record<string, unknown>[], indent, title);
    else {
      for (const item of current) {
        if (isScalar(item)) table.current!.addRow([item]);
        else if (Array.isArray(item) && item.every(isScalar)) table.current!.addRow(item);
        else build(table, undefined, item, indent);
      }
    }
  } else if (typeof current === "object" && current !== null) {
    const object = current as Record<string, unknown>;
    const [headers, more] = groupKeys(object);
    if (headers.length === 1) table.current!.addRow([headers[0], object[headers[0]!]]);
    else if (headers.length) {
      table.current!.addHeader(headers);
      table.current!.addRow(headers.map((h) => object[h]));
    }
    for (const key of more) build(table, key, object[key], indent + 1);
  } else {
    table.current!.addRow([current]);
  }
  return true;
}

function buildFromList(table: MultiTable, list: Record<string, unknown>[], indent: number, title: string | undefined): void {
  const headerSet = new Set<string>();
  const moreSet = new Set<string>();
  for (const item of list) {
    const [h, m] = groupKeys(item);
    h.forEach((k) => headerSet.add(k));
    m.forEach((k) => moreSet.add(k));
  }
  const headers = sorted(headerSet);
  const more = sorted(moreSet);
  table.current!.addHeader(headers);
  list.forEach((element, i) => {
    if (i > 0 && more.length) {
      table.newSection(title ?? "", indent);
      table.current!.addHeader(headers);
    }
    table.current!.addRow(headers.map((h) => (Object.hasOwn(element, h) ? element[h] : "")));
    for (const key of more) if (Object.hasOwn(element, key)) build(table, key, element[key], indent + 1);
  });
}
