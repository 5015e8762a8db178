import { readFile } from "node:fs/promises";
import type { IniSection, ParsedIniData } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { parseIni } from "./parse-ini.js";
import { profileName } from "./profile-name.js";
import { resolveSharedConfigPaths } from "./shared-config-paths.js";

/** The selected profile and everything around it, read from the shared config and credentials files. */
export interface SharedConfig {
  /** The selected profile's name (see {@link profileName}). */
  profileName: string;
  /** The config file that was read (it may not exist: then it counts as empty). */
  configFilepath: string;
  /** The credentials file that was read (it may not exist: then it counts as empty). */
  credentialsFilepath: string;
  /** The selected profile, keys from the credentials file overriding those from the config file. */
  profile: IniSection;
  /** The selected profile as the config file alone has it. */
  configProfile: IniSection;
  /** The selected profile as the credentials file alone has it. */
  credentialsProfile: IniSection;
  /** Every profile by name, merged the same way (credentials file wins); what `source_profile` lookups use. */
  profiles: ParsedIniData;
  /** The config file's `[services name]` sections by name; nested keys read `lambda.endpoint_url`. */
  services: Record<string, IniSection>;
}

// Like the SDK, each file is read once per process (a missing file stays missing).
const files = new Map<string, Promise<string>>();

const load = (path: string): Promise<ParsedIniData> => {
  if (!files.has(path)) files.set(path, readFile(path, "utf8"));
  return files.get(path)!.then(parseIni).catch(() => ({}));
};

/**
 * Reads the shared AWS config files the way the SDK's `loadSharedConfigFiles` does (same parser, same per-process
 * cache) and returns the selected profile. Honors `AWS_PROFILE`, `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`
 * from `options.env`. Missing, unreadable or unparsable files count as empty. In the config file only `[default]` and
 * `[type name]` sections count, and `[profile name]` is read as `name`.
 *
 * @example
 * const { profile } = await loadSharedConfig({ profile: "dev" });
 * profile.region; // "eu-west-1"
 */
export async function loadSharedConfig(options: ConfigLoadOptions = {}): Promise<SharedConfig> {
  const { configFilepath, credentialsFilepath } = resolveSharedConfigPaths(options.env ?? process.env);
  const [config, credentialsFile] = await Promise.all([load(configFilepath), load(credentialsFilepath)]);
  // The config file as the SDK's getConfigData keeps it: [default], and typed sections with "profile." dropped.
  const configFile: ParsedIniData = config.default ? { default: config.default } : {};
  const profiles: ParsedIniData = {};
  const services: Record<string, IniSection> = {};
  for (const [key, section] of Object.entries(config)) {
    const [, type, name] = /^(profile|sso-session|services)\.(.*)/s.exec(key) ?? [];
    if (type) configFile[type === "profile" ? name! : key] = section;
  }
  for (const [name, section] of Object.entries(configFile)) {
    if (name.startsWith("services.")) services[name.slice(9)] = section;
    else profiles[name] = { ...section };
  }
  for (const [name, section] of Object.entries(credentialsFile)) {
    profiles[name] = { ...profiles[name], ...section };
  }
  const selected = profileName(options);
  return {
    profileName: selected,
    configFilepath,
    credentialsFilepath,
    profile: profiles[selected] ?? {},
    configProfile: configFile[selected] ?? {},
    credentialsProfile: credentialsFile[selected] ?? {},
    profiles,
    services,
  };
}
