// Ported from the AWS SDK for JavaScript v3's XML parser, @aws-sdk/xml-builder 3.972 `src/xml-parser.ts`
// (https://github.com/aws/aws-sdk-js-v3/tree/main/packages-internal/xml-builder), Copyright Amazon.com, Inc. or its
// affiliates, Apache License 2.0 — the parser the SDK's STS client reads answers with. Same tree, same error
// messages (the differential tests compare them for malformed STS answers), written to be small: the package was
// the one runtime dependency only the STS credential sources need. Objects have no prototype, so an element or
// attribute named `__proto__` is a plain key, as the SDK's `writeKey` makes it.

/** A parsed element: text, an object of children (repeated ones as arrays), attributes and `#text`. */
export type XmlValue = string | XmlObject | XmlValue[];
/** An element with children or attributes. */
export type XmlObject = { [key: string]: XmlValue };

const fail = (what: string): never => {
  throw new Error(`@aws-sdk XML parse error: ${what}`);
};
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex?: string, dec?: string, named?: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : dec ? String.fromCharCode(parseInt(dec, 10)) : (ENTITIES[named!] ?? ""),
  );
// Text of whitespace only that spans lines is indentation, not content.
const blank = (text: string): boolean => text.trim() === "" && text.includes("\n");

/**
 * Parses an XML document into `{ [rootTag]: value }` exactly as `@aws-sdk/xml-builder`'s `parseXML` does: an
 * element with only text is its (entity-decoded) text, an empty one `""`, others an object of children (repeated
 * names as arrays), attributes and `#text`; comments, processing instructions and a DOCTYPE are skipped; CDATA is text.
 *
 * @throws Error `@aws-sdk XML parse error: …` naming what is wrong (missing closing tag, mismatched tags, …).
 * @example
 * parseXml("<A><B>1</B></A>"); // { A: { B: "1" } }
 */
export function parseXml(input: string): XmlObject {
  const x = input.replace(/\r\n?/g, "\n");
  const z = x.length;
  let i = 0;
  const next = (s: string): boolean => x.startsWith(s, i);
  const readTo = (stop: string): string => {
    const at = x.indexOf(stop, i);
    if (at < 0) fail(`expected "${stop}" not found.`);
    const part = x.slice(i, at);
    i = at + stop.length;
    return part;
  };
  const trim = (): void => {
    while (i < z && " \t\r\n".includes(x[i]!)) i++;
  };
  const readWhileNot = (stops: string): string => {
    const start = i;
    while (i < z && !stops.includes(x[i]!)) i++;
    return x.slice(start, i);
  };

  const parseTag = (): [string, XmlValue] => {
    i++;
    const tag = readWhileNot(" \t\r\n>/");
    const attrs: XmlObject = Object.create(null);
    let hasAttrs = false;
    while (i < z) {
      trim();
      if (">/".includes(x[i]!)) break;
      const name = readWhileNot("= \t\r\n>/?");
      trim();
      if (x[i] !== "=") break;
      i++;
      trim();
      const quote = x[i++]!;
      const start = i;
      while (i < z && x[i] !== quote) i++;
      attrs[name] = decode(x.slice(start, i++));
      hasAttrs = true;
    }
    if (i >= z) fail("unexpected end of input.");
    if (x[i] === "/") {
      if (++i >= z || x[i] !== ">") fail("expected > at the end of self-closing tag.");
      i++;
      return [tag, hasAttrs ? attrs : ""];
    }
    if (x[i] !== ">") fail("expected > at the end of opening tag.");
    i++;
    const texts: string[] = [];
    const children: Array<[string, XmlValue]> = [];
    while (i < z && !next("</")) {
      if (x[i] !== "<") texts.push(decode(readWhileNot("<")));
      else if (next("<!--")) readTo("-->");
      else if (next("<![CDATA[")) {
        i += 9;
        texts.push(readTo("]]>"));
      } else if (next("<?")) readTo("?>");
      else children.push(parseTag());
    }
    if (!next("</")) fail(`missing closing tag </${tag}>.`);
    i += 2;
    const closing = readTo(">").trim();
    if (closing !== tag) fail(`mismatched tags <${tag}> and </${closing}>.`);
    if (!hasAttrs && children.length === 0) {
      const text = texts.join("");
      return [tag, texts.length === 0 || blank(text) ? "" : text];
    }
    const obj: XmlObject = Object.create(null);
    for (const text of texts) if (!blank(text)) obj["#text"] = "#text" in obj ? (obj["#text"] as string) + text : text;
    for (const [name, value] of children) {
      const seen = obj[name];
      if (Array.isArray(seen)) seen.push(value);
      else obj[name] = seen === undefined ? value : [seen, value];
    }
    Object.assign(obj, attrs);
    return [tag, obj];
  };

  while (i < z) {
    trim();
    if (i >= z) break;
    if (next("<?")) readTo("?>");
    else if (next("<!--")) readTo("-->");
    else if (x.slice(i, i + 9).toLowerCase() === "<!doctype") {
      i += 9;
      for (let depth = 0; ; i++) {
        if (i >= z) fail("unclosed DOCTYPE.");
        if (x[i] === "[") depth++;
        else if (x[i] === "]") depth--;
        else if (x[i] === ">" && depth === 0) break;
      }
      i++;
    } else if (x[i] === "<") {
      const [tag, value] = parseTag();
      return { [tag]: value };
    } else fail("unexpected content.");
  }
  return fail("no root element.");
}
