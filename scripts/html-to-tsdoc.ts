/**
 * Turns the service's documentation (the model's `smithy.api#documentation`, a small HTML subset) into TSDoc
 * Markdown, as the SDK's generator renders it for hover text: paragraphs, bullet lists, inline code, bold and
 * italics, links, and notes. Used by scripts/codegen.ts only.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Markdown lines (no comment markers) for one documentation string; an empty list for no text. */
export function htmlToTsdoc(html: string | undefined): string[] {
  if (!html) return [];
  let text = html
    .replace(/\s+/g, " ")
    .replace(/<code>\s*([\s\S]*?)\s*<\/code>/g, (_, code: string) => "`" + code.replace(/`/g, "'") + "`")
    .replace(/<a href="([^"]*)">\s*([\s\S]*?)\s*<\/a>/g, (_, href: string, label: string) => `[${label}](${href})`)
    .replace(/<a>\s*([\s\S]*?)\s*<\/a>/g, (_, name: string) => `\`${name}\``)
    .replace(/<b>\s*([\s\S]*?)\s*<\/b>/g, (_, t: string) => `**${t}**`)
    .replace(/<i>\s*([\s\S]*?)\s*<\/i>/g, (_, t: string) => `_${t}_`)
    .replace(/<note>/g, "\n\nNote: ")
    .replace(/<\/note>/g, "\n\n")
    // A list item is one line however many paragraphs it holds.
    .replace(/<li>([\s\S]*?)<\/li>/g, (_, item: string) => `\n- ${item.replace(/<\/?p[^>]*>/g, " ").trim()}\n`)
    .replace(/<\/?ul>/g, "\n\n")
    .replace(/<p[^>]*>/g, "\n\n")
    .replace(/<\/p>/g, "\n\n")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/&(\w+);/g, (m, name: string) => ENTITIES[name] ?? m);
  // TSDoc: `*/` would end the comment; a bare `@` would start a tag.
  text = text.replace(/\*\//g, "*\\/").replace(/@/g, "\\@");
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" && (lines.length === 0 || lines[lines.length - 1] === "")) continue;
    // Items of one list stay together (no blank line between them).
    if (line === "" && lines[lines.length - 1]?.startsWith("- ")) continue;
    if (!line.startsWith("- ") && lines[lines.length - 1]?.startsWith("- ")) lines.push("");
    lines.push(line.replace(/^- \s+/, "- ").replace(/\s{2,}/g, " "));
  }
  while (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
