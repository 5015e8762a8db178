import type { CliCommand } from "../cli-command.js";
import { COMMANDS } from "../command-registry.js";
import { GLOBAL_OPTIONS } from "../global-options.js";
import { paramError } from "../param-values.js";

/** `lambda-esm completion bash|zsh`: a completion script for command names and each command's flags. */
export const completionCommand: CliCommand = {
  name: "completion",
  positionals: { usage: "<bash|zsh>", min: 1, max: 1 },
  description: "Print a shell completion script: eval \"$(lambda-esm completion bash)\" in ~/.bashrc, or the zsh equivalent in ~/.zshrc.",
  options: [],
  async run({ positionals }) {
    const shell = positionals[0];
    if (shell !== "bash" && shell !== "zsh") throw paramError("shell", `expected bash or zsh, got '${shell}'`);
    const commands = await Promise.all(COMMANDS.map(async (entry) => ({ entry, command: await entry.load() })));
    const global = GLOBAL_OPTIONS.filter((o) => !o.hidden).map((o) => `--${o.name}`);
    const cases = commands
      .map(({ entry, command }) => {
        const flags = command.options.filter((o) => !o.hidden).flatMap((o) => (o.negatable ? [`--${o.name}`, `--no-${o.name}`] : [`--${o.name}`]));
        return `    ${[entry.name, ...(entry.aliases ?? [])].join("|")}) flags="${[...flags, ...global].join(" ")}" ;;`;
      })
      .join("\n");
    const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]).join(" ");
    const bash = `# lambda-esm bash completion
_lambda_esm() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" command="" flags="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) command="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$command" ]]; then COMPREPLY=($(compgen -W "${names} ${global.join(" ")}" -- "$cur")); return; fi
  case "$command" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$flags" -- "$cur"))
}
`;
    const script =
      shell === "bash"
        ? `${bash}complete -o default -F _lambda_esm lambda-esm\n`
        : `#compdef lambda-esm\n# lambda-esm zsh completion (bash completion through bashcompinit)\nautoload -U +X bashcompinit && bashcompinit\n${bash}complete -o default -F _lambda_esm lambda-esm\n`;
    return { data: script, render: () => script };
  },
};
