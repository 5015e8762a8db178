/** Where settings are read from; every loader in `src/config` takes these so nothing touches the real environment in tests. */
export interface ConfigLoadOptions {
  /**
   * The profile to read from the shared config files.
   * @default env.AWS_PROFILE, then "default"
   */
  profile?: string;
  /**
   * The environment variables to read.
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
}
