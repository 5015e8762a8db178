import type { CliCommand } from "./cli-command.js";

/** A command's names, one-line summary, and a loader, so that start-up evaluates only the command that runs. */
export interface CommandEntry {
  name: string;
  aliases?: readonly string[];
  summary: string;
  load(): Promise<CliCommand>;
}

/**
 * Every command, in help order. One file per command under `commands/`; a new command is one more entry here.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "create-event-source-mapping",
    aliases: ["create"],
    summary: "Create a mapping (CreateEventSourceMapping)",
    load: async () => (await import("./commands/create-event-source-mapping.js")).createEventSourceMappingCommand,
  },
  {
    name: "get-event-source-mapping",
    aliases: ["get"],
    summary: "Show one mapping (GetEventSourceMapping)",
    load: async () => (await import("./commands/get-event-source-mapping.js")).getEventSourceMappingCommand,
  },
  {
    name: "list-event-source-mappings",
    aliases: ["list"],
    summary: "List mappings, every page (ListEventSourceMappings)",
    load: async () => (await import("./commands/list-event-source-mappings.js")).listEventSourceMappingsCommand,
  },
  {
    name: "update-event-source-mapping",
    aliases: ["update"],
    summary: "Change a mapping (UpdateEventSourceMapping)",
    load: async () => (await import("./commands/update-event-source-mapping.js")).updateEventSourceMappingCommand,
  },
  {
    name: "delete-event-source-mapping",
    aliases: ["delete"],
    summary: "Delete a mapping (DeleteEventSourceMapping)",
    load: async () => (await import("./commands/delete-event-source-mapping.js")).deleteEventSourceMappingCommand,
  },
  { name: "wait", summary: "Wait until a mapping is enabled, disabled, deleted or stable", load: async () => (await import("./commands/wait.js")).waitCommand },
  {
    name: "test-filter",
    summary: "Evaluate filter patterns against records locally",
    load: async () => (await import("./commands/test-filter.js")).testFilterCommand,
  },
  {
    name: "validate-filter",
    summary: "Check a filter pattern or FilterCriteria locally",
    load: async () => (await import("./commands/validate-filter.js")).validateFilterCommand,
  },
  { name: "serve", aliases: ["local"], summary: "Run the local Lambda ESM service", load: async () => (await import("./commands/serve.js")).serveCommand },
  { name: "plan", summary: "Show what apply would change for a mappings file", load: async () => (await import("./commands/plan.js")).planCommand },
  { name: "apply", summary: "Make the mappings match a file (create, update, replace, prune)", load: async () => (await import("./commands/apply.js")).applyCommand },
  { name: "completion", summary: "Print a bash or zsh completion script", load: async () => (await import("./commands/completion.js")).completionCommand },
];

/** The entry a name or alias selects. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}
