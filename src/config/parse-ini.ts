import type { ParsedIniData } from "@smithy/types";

const PREFIXED_SECTION = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
const SECTION_TYPES = ["profile", "sso-session", "services"];

/**
 * Parses a shared config or credentials file exactly like `@smithy/core`'s `parseIni`: `;`/`#` comments, `[name]`
 * sections, `[type name]` sections kept as `type.name` for the types `profile`, `sso-session` and `services` (other
 * typed sections are skipped), and indented `key = value` lines under a `key =` line stored as `key.subkey`. Throws on a
 * `__proto__` section.
 *
 * @example
 * parseIni("[profile dev]\nregion = eu-west-1"); // { "profile.dev": { region: "eu-west-1" } }
 */
export function parseIni(text: string): ParsedIniData {
  const map: ParsedIniData = {};
  let section: string | undefined;
  let subsection: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.split(/(^|\s)[;#]/)[0]!.trim();
    if (trimmed[0] === "[" && trimmed.at(-1) === "]") {
      const name = trimmed.slice(1, -1);
      const typed = PREFIXED_SECTION.exec(name);
      section = !typed ? name : SECTION_TYPES.includes(typed[1]!) ? `${typed[1]}.${typed[3]}` : undefined;
      subsection = undefined;
      if (name === "__proto__" || name === "profile __proto__") throw new Error(`Found invalid profile name "${name}"`);
    } else if (section) {
      const equals = trimmed.indexOf("=");
      if (equals > 0) {
        const key = trimmed.slice(0, equals).trim();
        const value = trimmed.slice(equals + 1).trim();
        if (value === "") subsection = key;
        else {
          // An unindented key ends the subsection.
          if (subsection && line.trimStart() === line) subsection = undefined;
          // Assigned even when present, as the SDK does (it matters for names like "constructor").
          map[section] = map[section] || {};
          map[section][subsection ? `${subsection}.${key}` : key] = value;
        }
      }
    }
  }
  return map;
}
