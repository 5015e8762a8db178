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
  const { loadSharedConfigFiles } = await import("./shared-ini-files.js");
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ filepath: credentialsFilepath, configFilepath });
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
