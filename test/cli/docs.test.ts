import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, type CliRunner } from "./support/cli-runner.js";

// docs/cli.md stays true: its marked console sessions are run, and every option it names exists.

const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
const COMMANDS = ["create", "get", "list", "update", "delete", "wait", "local", "validate-filter", "test-filter"];

let cli: CliRunner;
beforeAll(async () => {
  cli = await buildCli();
});
afterAll(() => cli.dispose());

/** Splits a command line the way a POSIX shell does for plain and single-quoted words (all the doc uses). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/'([^']*)'|(\S+)/g)) words.push(match[1] ?? match[2]!);
  return words;
}

/** Each `$ lambda-esm …` line of the marked console blocks, with the output printed under it. */
function sessions(): { args: string[]; output: string }[] {
  const steps: { args: string[]; output: string }[] = [];
  for (const block of doc.matchAll(/<!-- tested: docs-console -->\n```console\n([\s\S]*?)```/g)) {
    for (const step of block[1]!.split(/^\$ /m).slice(1)) {
      const [command, ...output] = step.split("\n");
      const [bin, ...args] = shellWords(command!);
      expect(bin).toBe("lambda-esm");
      steps.push({ args, output: output.join("\n") });
    }
  }
  return steps;
}

describe("docs/cli.md", () => {
  it("its marked console sessions print what the page shows", async () => {
    const steps = sessions();
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const { args, output } of steps) {
      const result = await cli.run(args);
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(output);
    }
  });

  it("names only options and commands that exist", async () => {
    const helps = await Promise.all([[], ...COMMANDS.map((c) => [c])].map((c) => cli.run([...c, "--help"])));
    const help = helps.map((h) => h.stdout).join("\n");
    const flags = new Set([...doc.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]));
    expect(flags.size).toBeGreaterThan(20);
    for (const flag of flags) expect(help, `${flag} is in docs/cli.md but in no --help`).toMatch(new RegExp(`${flag}(?![a-z-])`));
    for (const command of COMMANDS) expect(doc).toContain(`| \`${command}`);
  });
});
