import type { CliIo, CommandResult, GlobalOptions } from "../cli-command.js";
import { formatText } from "./text-output.js";

/** JMESPath (the `jmespath` package, the reference implementation for JavaScript), loaded only for `--query`. */
async function applyQuery(data: unknown, query: string): Promise<unknown> {
  const { search } = await import("jmespath");
  return search(data as Parameters<typeof search>[0], query);
}

/** Python's `json.dump(indent=4, ensure_ascii=False)`, which is what `--output json` prints. */
export function formatJson(data: unknown): string {
  return `${JSON.stringify(data, null, 4)}\n`;
}

const isEmptyObject = (data: unknown): boolean =>
  typeof data === "object" && data !== null && !Array.isArray(data) && Object.keys(data).length === 0;

/** Writes a command's result in the chosen `--output` format, after `--query`, as the AWS CLI's formatters do. */
export async function writeResult(io: CliIo, global: GlobalOptions, result: CommandResult): Promise<void> {
  const own = result.render?.(result.data, global.output);
  if (own !== undefined) {
    io.stdout.write(own);
    return;
  }
  if (global.output === "text") {
    // The AWS CLI prints paginated text page by page, the query applied to each page.
    const pages = result.pages ?? [result.data];
    for (const page of pages) io.stdout.write(formatText(global.query ? await applyQuery(page, global.query) : page));
    return;
  }
  const data = global.query ? await applyQuery(result.data, global.query) : result.data;
  if (global.output === "json") {
    // Like the AWS CLI: an empty response body prints nothing; any other value, `null` included, prints as JSON.
    if (!isEmptyObject(data) || global.query) io.stdout.write(formatJson(data));
  } else if (global.output === "yaml" || global.output === "yaml-stream") {
    const { formatYaml } = await import("./yaml-output.js");
    io.stdout.write(formatYaml(data));
  } else {
    const { formatTable } = await import("./table-output.js");
    io.stdout.write(formatTable(data, result.title ?? "", io.isTTY ? io.columns : undefined));
  }
}

