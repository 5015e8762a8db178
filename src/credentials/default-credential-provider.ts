import { profileName } from "../config/profile-name.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { fromEnvCredentials } from "./from-env.js";
import { fromSharedFiles } from "./from-shared-files.js";
import { fromWebIdentityEnv } from "./from-web-identity-env.js";
import { memoizeChain } from "./memoize-chain.js";
import type { MemoizedCredentialProvider } from "./memoize-credentials.js";
import type { CredentialChainContext } from "./chain-context.js";
import { lazySource } from "./lazy-source.js";

/** Options for {@link defaultCredentialProvider}. */
export interface DefaultCredentialProviderOptions extends Omit<CredentialChainContext, "env"> {
  /**
   * The profile to use; when set (here or by `AWS_PROFILE`) the environment keys are skipped, as in the SDK.
   * @default env.AWS_PROFILE, then "default"
   */
  profile?: string;
  /**
   * The environment to read (also given to `credential_process` commands).
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
}

/** One source the chain tried and why it gave nothing. */
export interface CredentialSourceFailure {
  source: string;
  error: Error;
}

let warnedProfileAndKeys = false;

/**
 * The default credential chain used when the client gets no `credentials`, in the SDK's order: environment variables
 * (skipped when a profile is selected), the shared config files (static keys or `credential_process`), the web
 * identity variables, then the container endpoint if `AWS_CONTAINER_CREDENTIALS_*` is set, else EC2 instance metadata
 * (IMDSv2) unless `AWS_EC2_METADATA_DISABLED` is set. Profiles may assume roles (`role_arn` with `source_profile` or
 * `credential_source`), use web identity, IAM Identity Center (SSO) or `aws login` sessions, as in the SDK; the code
 * for those STS, SSO and sign-in calls is loaded only when a profile or the environment needs it. Results are cached
 * and refreshed like the SDK's chain (see `memoizeChain`). When no source works the error starts with
 * `Could not load credentials from any providers` and lists every source tried and why it failed (`failures`).
 *
 * @example
 * const credentials = defaultCredentialProvider({ profile: "dev" });
 * const { accessKeyId } = await credentials();
 */
export function defaultCredentialProvider(options: DefaultCredentialProviderOptions = {}): MemoizedCredentialProvider {
  return memoizeChain(async () => {
    const env = options.env ?? process.env;
    const { logger } = options;
    const selected = options.profile ?? env.AWS_PROFILE;
    const disabled = env.AWS_EC2_METADATA_DISABLED;
    const sources: Array<[string, () => Promise<SourcedCredentials>]> = [
      [
        "environment variables",
        async () => {
          if (!selected) return fromEnvCredentials(env)();
          if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY && !warnedProfileAndKeys) {
            warnedProfileAndKeys = true;
            (logger ?? console).warn(
              `Both a profile ("${selected}") and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY are set; the profile is used, as in the AWS SDK.`,
            );
          }
          throw new CredentialsProviderError(`skipped because profile "${selected}" is selected`);
        },
      ],
      [`shared config files (profile "${profileName({ profile: options.profile, env })}")`, fromSharedFiles({ ...options, env })],
      ["web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)", fromWebIdentityEnv({ ...options, env })],
      env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI
        ? ["container credentials (AWS_CONTAINER_CREDENTIALS_*)", lazySource(async () => (await import("./from-container.js")).fromContainer(env, options))]
        : disabled && disabled !== "false"
          ? ["EC2 instance metadata", () => Promise.reject(new CredentialsProviderError(`access disabled by AWS_EC2_METADATA_DISABLED=${disabled}`))]
          : ["EC2 instance metadata (IMDS)", lazySource(async () => (await import("./from-ec2-instance-metadata.js")).fromEc2InstanceMetadata({ ...options, env }))],
    ];
    const failures: CredentialSourceFailure[] = [];
    for (const [source, provider] of sources) {
      logger?.debug?.(`credentials: trying ${source}`);
      try {
        return await provider();
      } catch (error) {
        if (!(error instanceof Error) || !(error as CredentialsProviderError).tryNextLink) throw error;
        failures.push({ source, error });
      }
    }
    throw Object.assign(
      new CredentialsProviderError(
        `Could not load credentials from any providers. Tried, in order:\n${failures.map(({ source, error }) => `  - ${source}: ${error.message}\n`).join("")}` +
          "Set credentials in one of these places, or pass `credentials` to the client (see docs/configuration.md).",
        { tryNextLink: false },
      ),
      { failures },
    );
  });
}
