import { runtimeEnv } from "../runtime/runtime-env.js";
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

const attempt = <T>(read: () => T | undefined): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/**
 * Builds a provider that reads a setting in the SDK's order: environment, then the shared config files, then the
 * fallback. Like the SDK's `loadConfig`, a value a source cannot parse is skipped (the next source is tried), nothing is
 * read until the provider is first called, a successful result is kept, and a failure is retried on the next call.
 *
 * @example
 * const region = loadSetting({ env: (e) => e.AWS_REGION, profile: (p) => p.region, fallback: () => "us-east-1" });
 * await region(); // "eu-west-1" when AWS_REGION=eu-west-1
 */
export function loadSetting<T>(source: SettingSource<T>, options: ConfigLoadOptions = {}): () => Promise<T> {
  let result: Promise<T> | undefined;
  const load = async (): Promise<T> => {
    const fromEnv = attempt(() => source.env(options.env ?? runtimeEnv()));
    if (fromEnv !== undefined) return fromEnv;
    const shared = await loadSharedConfig(options);
    const { configProfile: config, credentialsProfile: credentials } = shared;
    const profile = source.preferredFile === "credentials" ? { ...config, ...credentials } : { ...credentials, ...config };
    const fromFile = attempt(() => source.profile(profile, shared));
    return fromFile !== undefined ? fromFile : source.fallback();
  };
  return () =>
    (result ??= load().catch((error: unknown) => {
      result = undefined;
      throw error;
    }));
}
