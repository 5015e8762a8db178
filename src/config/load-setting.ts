import type { IniSection } from "@smithy/types";
import type { ConfigLoadOptions } from "./config-options.js";
import { loadSharedConfig, type SharedConfig } from "./load-shared-config.js";

/** How to read one setting from the environment and from the shared config files. */
export interface SettingSource<T> {
  /** Reads the setting from the environment; `undefined` or a throw means "not set here". */
  env: (env: NodeJS.ProcessEnv) => T | undefined;
  /** Reads the setting from the selected profile; `undefined` or a throw means "not set here". */
  profile: (profile: IniSection, shared: SharedConfig) => T | undefined;
  /**
   * Which file wins when both files define the profile's key (the SDK prefers the config file except for `region`).
   * @default "config"
   */
  preferredFile?: "config" | "credentials";
  /** Used when neither source has the setting; a function may throw to report the setting as missing. */
  fallback: () => T | Promise<T>;
}

/**
 * Builds a provider that reads a setting in the SDK's order: environment, then the shared config files, then the
 * fallback. Like the SDK's `loadConfig`, a value a source cannot parse is skipped (the next source is tried), nothing is
 * read until the provider is first called, and a successful result is kept.
 *
 * @example
 * const region = loadSetting({ env: (e) => e.AWS_REGION, profile: (p) => p.region, fallback: () => "us-east-1" });
 * await region(); // "eu-west-1" when AWS_REGION=eu-west-1
 */
export function loadSetting<T>(source: SettingSource<T>, options: ConfigLoadOptions = {}): () => Promise<T> {
  let resolved: { value: T } | undefined;
  let pending: Promise<T> | undefined;
  const load = async (): Promise<T> => {
    const fromEnv = attempt(() => source.env(options.env ?? process.env));
    if (fromEnv !== undefined) return fromEnv;
    const shared = await loadSharedConfig(options);
    const profile =
      source.preferredFile === "credentials"
        ? { ...shared.configProfile, ...shared.credentialsProfile }
        : { ...shared.credentialsProfile, ...shared.configProfile };
    const fromFile = attempt(() => source.profile(profile, shared));
    if (fromFile !== undefined) return fromFile;
    return source.fallback();
  };
  return async () => {
    if (resolved) return resolved.value;
    pending ??= load().finally(() => (pending = undefined));
    const value = await pending;
    resolved = { value };
    return value;
  };
}

function attempt<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
