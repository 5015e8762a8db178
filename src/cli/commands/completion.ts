import type { CliCommand, CliOption } from "../cli-command.js";
import { COMMANDS } from "../command-registry.js";
import { GLOBAL_OPTIONS } from "../global-options.js";
import { globalOptionsFor } from "../help-text.js";
import { paramError } from "../param-values.js";

/** How each flag is written on the command line, `--no-` forms included; hidden flags left out. */
const flagWords = (options: readonly CliOption[]): string[] =>
  options.filter((o) => !o.hidden).flatMap((o) => (o.negatable ? [`--${o.name}`, `--no-${o.name}`] : [`--${o.name}`]));

/** The words a command's argument allows, from its usage (`<enabled|disabled|deleted|stable>`). */
const argumentChoices = (usage: string | undefined): string[] => (usage && /^<[\w-]+(\|[\w-]+)+>$/.test(usage) ? usage.slice(1, -1).split("|") : []);

/**
 * `lambda-esm completion bash|zsh`: a completion script that knows every command and alias, each command's own flags
 * and the global options that apply to it, the values of choice flags (`--output json|text|...`) and of a
 * command's choice argument (`wait enabled|...`). Generated from the command definitions, so it never goes stale.
 */
export const completionCommand: CliCommand = {
  name: "completion",
  positionals: { usage: "<bash|zsh>", min: 1, max: 1 },
  description: "Print a shell completion script: eval \"$(lambda-esm completion bash)\" in ~/.bashrc, or the zsh equivalent in ~/.zshrc.",
  options: [],
  async run({ positionals }) {
    const shell = positionals[0];
    if (shell !== "bash" && shell !== "zsh") throw paramError("shell", `expected bash or zsh, got '${shell}'`);
    const script = shell === "bash" ? `${await bashFunction()}complete -o default -F _lambda_esm lambda-esm\n` : zshScript(await bashFunction());
    return { data: script, render: () => script };
  },
};

/** `_lambda_esm`, a bash completion function (also what zsh runs, through bashcompinit). */
async function bashFunction(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map(async (entry) => ({ entry, command: await entry.load() })));
  const allOptions = [...GLOBAL_OPTIONS, ...commands.flatMap(({ command }) => command.options)];
  // A flag's value is the next word: skipped when looking for the command, completed from its choices.
  const valueFlags = [...new Set(allOptions.filter((o) => o.kind !== "boolean" && !o.optionalValue).map((o) => `--${o.name}`))];
  const valueChoices = [...new Map(allOptions.filter((o) => o.choices?.length).map((o) => [o.name, o.choices!])).entries()];
  const cases = commands
    .map(({ entry, command }) => {
      const words = [...flagWords(command.options), ...flagWords(globalOptionsFor(command))];
      const argument = argumentChoices(command.positionals?.usage);
      return `    ${[entry.name, ...(entry.aliases ?? [])].join("|")}) flags="${words.join(" ")}"${argument.length ? `; arguments="${argument.join(" ")}"` : ""} ;;`;
    })
    .join("\n");
  const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  return `# lambda-esm completion
_lambda_esm() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" command="" flags="" arguments="" given=0 i
  (( COMP_CWORD > 1 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${valueChoices.map(([name, words]) => `    --${name}) COMPREPLY=($(compgen -W "${words.join(" ")}" -- "$cur")); return ;;`).join("\n")}
    ${valueFlags.join("|")}) COMPREPLY=(); return ;;
  esac
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${valueFlags.join("|")}) ((i++)) ;;
      -*) ;;
      *) if [[ -z "$command" ]]; then command="\${COMP_WORDS[i]}"; else ((given++)); fi ;;
    esac
  done
  if [[ -z "$command" ]]; then COMPREPLY=($(compgen -W "${[...names, ...flagWords(GLOBAL_OPTIONS)].join(" ")}" -- "$cur")); return; fi
  case "$command" in
${cases}
  esac
  if [[ "$cur" != -* && -n "$arguments" && $given -eq 0 ]]; then COMPREPLY=($(compgen -W "$arguments" -- "$cur")); return; fi
  COMPREPLY=($(compgen -W "$flags" -- "$cur"))
}
`;
}

/** The zsh script: the bash function through zsh's bashcompinit, loading compinit first when the user has not. */
function zshScript(bash: string): string {
  return `#compdef lambda-esm
# lambda-esm zsh completion: eval "$(lambda-esm completion zsh)" in ~/.zshrc
(( $+functions[compdef] )) || { autoload -U compinit && compinit; }
autoload -U +X bashcompinit && bashcompinit
${bash}complete -o default -F _lambda_esm lambda-esm
`;
}
