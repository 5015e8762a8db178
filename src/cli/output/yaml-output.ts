import { stringify } from "yaml";

/**
 * `--output yaml`, as the AWS CLI's ruamel.yaml safe dumper writes it: block style, keys sorted, list items not
 * indented under their key; a lone scalar as JSON (the AWS CLI does the same to avoid YAML's `...` end marker).
 */
export function formatYaml(data: unknown): string {
  if (data === null || typeof data !== "object") return `${JSON.stringify(data)}\n`;
  return stringify(data, { version: "1.1", indentSeq: false, sortMapEntries: true, singleQuote: true, lineWidth: 0 });
}
