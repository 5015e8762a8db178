import { stat } from "node:fs";
import type { IniSection, ParsedIniData } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
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
  /** The config file's `[sso-session name]` sections by name (what `sso_session` in a profile refers to). */
  ssoSessions: Record<string, IniSection>;
}

/**
 * Reads the shared AWS config files with `@smithy/shared-ini-file-loader` (the SDK's own parser, loaded on first use)
 * and returns the selected profile. Honors `AWS_PROFILE`, `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` from
 * `options.env`. Missing or unreadable files count as empty; like the SDK, each file is read once per process.
 *
 * @example
 * const { profile } = await loadSharedConfig({ profile: "dev" });
 * profile.region; // "eu-west-1"
 */
export async function loadSharedConfig(options: ConfigLoadOptions = {}): Promise<SharedConfig> {
  const { configFilepath, credentialsFilepath } = resolveSharedConfigPaths(options.env ?? process.env);
  const [configMissing, credentialsMissing] = await Promise.all([isMissing(configFilepath), isMissing(credentialsFilepath)]);
  // Neither file exists (as in Lambda or a container): the INI reader and node:fs/promises are not loaded at all.
  const read = configMissing && credentialsMissing ? { configFile: {}, credentialsFile: {} } : await readSharedFiles(credentialsFilepath, configFilepath);
  // A file found missing stays empty, also if it appears later, as a failed first read stays cached in the SDK's loader.
  const configFile: ParsedIniData = configMissing ? {} : read.configFile;
  const credentialsFile: ParsedIniData = credentialsMissing ? {} : read.credentialsFile;
  const profiles: ParsedIniData = {};
  const services: Record<string, IniSection> = {};
  const ssoSessions: Record<string, IniSection> = {};
  for (const [name, section] of Object.entries(configFile)) {
    if (name.startsWith("services.")) services[name.slice("services.".length)] = section;
    else {
      // sso-session sections stay among the profiles too, as in the SDK's parseKnownFiles.
      if (name.startsWith("sso-session.")) ssoSessions[name.slice("sso-session.".length)] = section;
      profiles[name] = { ...section };
    }
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
    ssoSessions,
  };
}

async function readSharedFiles(filepath: string, configFilepath: string): Promise<{ configFile: ParsedIniData; credentialsFile: ParsedIniData }> {
  const { loadSharedConfigFiles } = await import("./shared-ini-files.js");
  return loadSharedConfigFiles({ filepath, configFilepath });
}

// Whether each shared file path was absent when first looked at, for the life of the process (cold start: a stat of two
// absent files costs less than loading the INI reader and node:fs/promises to fail reading them; npm run bench:startup).
const missing = new Map<string, Promise<boolean>>();

function isMissing(path: string): Promise<boolean> {
  let known = missing.get(path);
  if (known === undefined) {
    // Only "no such file" counts; any other failure is left to the reader, which treats an unreadable file as empty.
    known = new Promise((resolve) => stat(path, (error) => resolve(error?.code === "ENOENT" || error?.code === "ENOTDIR")));
    missing.set(path, known);
  }
  return known;
}
