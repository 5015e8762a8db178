import type { ConfigLoadOptions } from "./config-options.js";
import type { SharedConfig } from "./load-shared-config.js";
import { profileName } from "./profile-name.js";

export type { SharedConfig } from "./load-shared-config.js";

/** Browsers, workers and React Native have no shared config files: every profile is empty. */
export async function loadSharedConfig(options: ConfigLoadOptions = {}): Promise<SharedConfig> {
  return {
    profileName: profileName(options),
    configFilepath: "",
    credentialsFilepath: "",
    profile: {},
    configProfile: {},
    credentialsProfile: {},
    profiles: {},
    services: {},
    ssoSessions: {},
  };
}
