import { homedir } from "node:os";
import { join, sep } from "node:path";

/** The two shared files the SDK reads. */
export interface SharedConfigPaths {
  /** `AWS_CONFIG_FILE`, or `~/.aws/config`. */
  configFilepath: string;
  /** `AWS_SHARED_CREDENTIALS_FILE`, or `~/.aws/credentials`. */
  credentialsFilepath: string;
}

/**
 * Finds the shared config and credentials files the way the SDK does, but from the given environment: `AWS_CONFIG_FILE`
 * and `AWS_SHARED_CREDENTIALS_FILE` win, a leading `~/` is expanded, and home is `HOME`, `USERPROFILE`,
 * `HOMEDRIVE` + `HOMEPATH`, then `os.homedir()`.
 *
 * @example
 * resolveSharedConfigPaths({ HOME: "/home/me" }).configFilepath; // "/home/me/.aws/config"
 */
export function resolveSharedConfigPaths(env: NodeJS.ProcessEnv = process.env): SharedConfigPaths {
  const home = homeDir(env);
  const expand = (path: string) => (path.startsWith("~/") ? join(home, path.slice(2)) : path);
  return {
    configFilepath: expand(env.AWS_CONFIG_FILE || join(home, ".aws", "config")),
    credentialsFilepath: expand(env.AWS_SHARED_CREDENTIALS_FILE || join(home, ".aws", "credentials")),
  };
}

/** The home folder as the SDK finds it: `HOME`, `USERPROFILE`, `HOMEDRIVE` + `HOMEPATH`, then `os.homedir()`. */
export function homeDir(env: NodeJS.ProcessEnv): string {
  return env.HOME || env.USERPROFILE || (env.HOMEPATH ? `${env.HOMEDRIVE ?? `C:${sep}`}${env.HOMEPATH}` : homedir());
}
