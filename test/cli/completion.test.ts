import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { thirdPartyTool } from "../support/third-party-tool.js";
import { cliRunner, runProcess, shellQuote, type CliRunner } from "./support/cli-runner.js";

// The completion scripts loaded into the real shells, their completion function called as the shell calls it on
// <Tab> (COMP_WORDS/COMP_CWORD set, COMPREPLY read back): what a user would be offered for each partial command line.

let cli: CliRunner;
beforeAll(() => {
  cli = cliRunner();
});
afterAll(() => cli?.dispose());

/** Partial command lines (the last word is the one being completed) and what must be offered. */
const LINES: { words: string[]; offers: string[]; not?: string[] }[] = [
  { words: ["create-ev"], offers: ["create-event-source-mapping"] },
  { words: ["lo"], offers: ["local"] },
  { words: ["get-event-source-mapping", "--u"], offers: ["--uuid"] },
  { words: ["create", "--bisect"], offers: ["--bisect-batch-on-function-error"] },
  { words: ["create", "--no-bis"], offers: ["--no-bisect-batch-on-function-error"] },
  // A global flag's value before the command is not taken for the command.
  { words: ["--region", "us-east-1", "list", "--page"], offers: ["--page-size"] },
  { words: ["list", "--output", "t"], offers: ["text", "table"] },
  { words: ["create", "--starting-position", ""], offers: ["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"] },
  { words: ["wait", ""], offers: ["enabled", "disabled", "deleted", "stable"] },
  { words: ["wait", "enabled", "--u"], offers: ["--uuid"] },
  { words: ["completion", ""], offers: ["bash", "zsh"] },
  // Only the options that apply: test-filter never calls the service.
  { words: ["test-filter", "--"], offers: ["--pattern", "--record", "--output"], not: ["--endpoint-url", "--query"] },
  // A free value (a UUID) gets no flag names: the shell's own file completion takes over.
  { words: ["get", "--uuid", ""], offers: [], not: ["--uuid"] },
];

/** A shell program that prints COMPREPLY (one line, words separated by spaces) for each line of LINES. */
function calls(setup: string): string {
  const call = (words: string[]): string =>
    `COMP_WORDS=(lambda-esm ${words.map(shellQuote).join(" ")}); COMP_CWORD=${words.length}; COMPREPLY=(); _lambda_esm; echo "\${COMPREPLY[*]}"`;
  return [setup, ...LINES.map((line) => call(line.words))].join("\n");
}

function expectOffers(stdout: string): void {
  const offered = stdout.split("\n").slice(0, LINES.length).map((line) => line.split(" ").filter(Boolean));
  LINES.forEach((line, i) => {
    expect(offered[i], line.words.join(" ")).toEqual(expect.arrayContaining(line.offers));
    if (line.offers.length === 0) expect(offered[i], line.words.join(" ")).toEqual([]);
    for (const word of line.not ?? []) expect(offered[i], line.words.join(" ")).not.toContain(word);
  });
}

describe("lambda-esm completion", () => {
  it("bash: the script registers _lambda_esm for lambda-esm and offers commands, flags and values", async () => {
    const script = await cli.run(["completion", "bash"]);
    expect(script.code).toBe(0);
    const file = join(cli.dir, "lambda-esm.bash");
    writeFileSync(file, script.stdout);
    const run = await runProcess("bash", ["--norc", "--noprofile", "-c", calls(`source ${shellQuote(file)}; complete -p lambda-esm >&2`)], cli.baseEnv, cli.dir);
    expect(run.stderr).toBe("complete -o default -F _lambda_esm lambda-esm\n");
    expectOffers(run.stdout);
  });

  const zsh = thirdPartyTool("zsh", ["/usr/bin/zsh", "--version"]);
  it.skipIf(!zsh)("zsh: the script loads in a plain zsh (compinit, bashcompinit) and offers the same", async () => {
    const script = await cli.run(["completion", "zsh"]);
    expect(script.code).toBe(0);
    expect(script.stdout.startsWith("#compdef lambda-esm\n")).toBe(true);
    const file = join(cli.dir, "lambda-esm.zsh");
    writeFileSync(file, script.stdout);
    // zsh runs bash completion functions with bash's array indexing (ksharrays), as bashcompinit's wrapper does.
    const run = await runProcess("/usr/bin/zsh", ["-f", "-c", calls(`source ${shellQuote(file)}; print -r -- "$_comps[lambda-esm]" >&2; setopt ksharrays`)], { ...cli.baseEnv, ZDOTDIR: cli.dir }, cli.dir);
    expect(run.stderr).toMatch(/^_bash_complete/);
    expectOffers(run.stdout);
  });
});
