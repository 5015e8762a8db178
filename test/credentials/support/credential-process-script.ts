import type { TempAwsHome } from "../../config/support/temp-aws-home.js";

/**
 * Writes a small node script into the temp home that prints `output` (a JSON value, or raw text) and exits with
 * `exitCode`; `{{ENV:NAME}}` in the output is replaced with that variable of the child's environment. Returns the
 * `credential_process` command line that runs it.
 */
export function credentialProcessScript(
  home: TempAwsHome,
  name: string,
  output: unknown,
  exitCode = 0,
): string {
  const text = typeof output === "string" ? output : JSON.stringify(output);
  const path = home.write(
    `${name}.mjs`,
    [
      `const text = ${JSON.stringify(text)}.replace(/\\{\\{ENV:(\\w+)\\}\\}/g, (_, k) => process.env[k] ?? "");`,
      "process.stdout.write(text);",
      `if (${exitCode}) { process.stderr.write("failing on purpose"); process.exit(${exitCode}); }`,
    ].join("\n"),
  );
  return `"${process.execPath}" "${path}"`;
}
