import type { CliCommand } from "./cli-command.js";

/** A subcommand's name, one-line summary, and a loader, so that start-up evaluates only the command that runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

/** Every subcommand, in help order. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "create", summary: "Create a mapping", load: async () => (await import("./commands/create.js")).createCommand },
  { name: "get", summary: "Show one mapping", load: async () => (await import("./commands/get.js")).getCommand },
  { name: "list", summary: "List mappings (--all for every page)", load: async () => (await import("./commands/list.js")).listCommand },
  { name: "update", summary: "Change a mapping", load: async () => (await import("./commands/update.js")).updateCommand },
  { name: "delete", summary: "Delete a mapping", load: async () => (await import("./commands/delete.js")).deleteCommand },
  { name: "wait", summary: "Wait until a mapping is enabled, disabled, deleted or stable", load: async () => (await import("./commands/wait.js")).waitCommand },
  { name: "local", summary: "Run the local Lambda ESM service", load: async () => (await import("./commands/local.js")).localCommand },
  {
    name: "validate-filter",
    summary: "Check a filter pattern or FilterCriteria locally",
    load: async () => (await import("./commands/validate-filter.js")).validateFilterCommand,
  },
  {
    name: "test-filter",
    summary: "Evaluate filter patterns against records locally",
    load: async () => (await import("./commands/test-filter.js")).testFilterCommand,
  },
];
