import type { IniSection, ParsedIniData } from "@smithy/types";
import type { SharedConfig } from "../config/load-shared-config.js";
import { profileName as selectedProfileName } from "../config/profile-name.js";
import { classifyProfile } from "./classify-profile.js";
import type { CredentialChainContext } from "./chain-context.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { fromContainer } from "./from-container.js";
import { fromCredentialProcess } from "./from-credential-process.js";
import { fromEc2InstanceMetadata } from "./from-ec2-instance-metadata.js";
import { fromEnvCredentials } from "./from-env.js";
import { fromLoginSession } from "./from-login-session.js";
import { staticProfileCredentials } from "./from-shared-files.js";
import { fromSsoProfile } from "./from-sso-profile.js";
import { fromWebIdentity } from "./from-web-identity.js";
import { stsAssumeRole } from "./sts-request.js";
import { stsRegion } from "./sts-region.js";

const withFeature = (credentials: SourcedCredentials, key: string, letter: string): SourcedCredentials => {
  credentials.$source = { ...credentials.$source, [key]: letter };
  return credentials;
};

const isCredentialSourceWithoutRoleArn = (section: IniSection) => !section.role_arn && !!section.credential_source;

/** A role profile's `credential_source`: the SDK's `resolveCredentialSource`. */
function credentialSource(source: string | undefined, name: string, context: CredentialChainContext): () => Promise<SourcedCredentials> {
  const providers: Record<string, () => () => Promise<SourcedCredentials>> = {
    EcsContainer: () => fromContainer(context.env, context),
    Ec2InstanceMetadata: () => fromEc2InstanceMetadata(context),
    Environment: () => fromEnvCredentials(context.env),
  };
  if (source === undefined || !Object.hasOwn(providers, source)) {
    throw new CredentialsProviderError(
      `Unsupported credential source in profile ${name}. Got ${source}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
    );
  }
  const provider = providers[source]!();
  return async () => withFeature(await provider(), "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p");
}

interface Resolution {
  profiles: ParsedIniData;
  shared: SharedConfig;
  context: CredentialChainContext;
  /** The region of every AssumeRole call of this resolution: fixed by the first role profile, as the SDK's cached STS client is. */
  region?: Promise<string>;
}

async function resolveAssumeRole(name: string, resolution: Resolution, visited: Record<string, true>): Promise<SourcedCredentials> {
  const { profiles, context } = resolution;
  const data = profiles[name]!;
  const { source_profile: sourceProfile } = data;
  resolution.region ??= stsRegion(context, data.region);
  if (sourceProfile && sourceProfile in visited) {
    throw new CredentialsProviderError(
      `Detected a cycle attempting to resolve credentials for profile ${selectedProfileName(context)}. Profiles visited: ${Object.keys(visited).join(", ")}`,
    );
  }
  const sourceCredentials = sourceProfile
    ? resolveProfile(sourceProfile, resolution, { ...visited, [sourceProfile]: true }, isCredentialSourceWithoutRoleArn(profiles[sourceProfile] ?? {}))
    : credentialSource(data.credential_source, name, context)();
  if (isCredentialSourceWithoutRoleArn(data)) return withFeature(await sourceCredentials, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o");
  const params: Record<string, string | number | undefined> = {
    RoleArn: data.role_arn,
    RoleSessionName: data.role_session_name || `aws-sdk-js-${Date.now()}`,
    DurationSeconds: parseInt(data.duration_seconds || "3600", 10),
    ExternalId: data.external_id,
  };
  if (data.mfa_serial) {
    // The source is already being resolved (as in the SDK); if we stop here, its failure must not become an unhandled rejection.
    sourceCredentials.catch(() => undefined);
    if (!context.mfaCodeProvider) {
      throw new CredentialsProviderError(
        `Profile ${name} requires multi-factor authentication, but no MFA code callback was provided.` +
          " Pass mfaCodeProvider: (serial) => Promise<code> to the client.",
        { tryNextLink: false },
      );
    }
    params.SerialNumber = data.mfa_serial;
    params.TokenCode = await context.mfaCodeProvider(data.mfa_serial);
  }
  const source = await sourceCredentials;
  const credentials = await stsAssumeRole("AssumeRole", params, source, { ...context, region: await resolution.region });
  return withFeature(credentials, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o");
}

async function resolveProfile(name: string, resolution: Resolution, visited: Record<string, true>, isAssumeRoleRecursiveCall: boolean): Promise<SourcedCredentials> {
  const { profiles, context } = resolution;
  const data = profiles[name];
  const kind = classifyProfile(data);
  if (Object.keys(visited).length > 0 && data?.aws_access_key_id !== undefined && data.aws_secret_access_key !== undefined) {
    return staticProfileCredentials(data);
  }
  if (isAssumeRoleRecursiveCall || kind === "assume-role") return resolveAssumeRole(name, resolution, visited);
  if (kind === "static") return staticProfileCredentials(data!);
  if (kind === "web-identity") {
    const { web_identity_token_file: tokenFile, role_arn: roleArn, role_session_name: roleSessionName } = data!;
    return fromWebIdentity({ tokenFile: tokenFile!, roleArn: roleArn!, roleSessionName, feature: ["CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q"] }, context)();
  }
  if (kind === "process") return fromCredentialProcess(name, data!, context.env)();
  if (kind === "sso") return fromSsoProfile(name, data!, resolution.shared, context);
  if (kind === "login") return fromLoginSession(name, data!, context);
  throw new CredentialsProviderError(`Could not resolve credentials using profile: [${name}] in configuration/credentials file(s).`);
}

/**
 * Resolves a profile whose credentials need more than the files, exactly as the SDK's `fromIni` (`resolveProfileData`)
 * does: role assumption (`role_arn` with `source_profile`, chained to any depth, a cycle named with the profiles
 * visited; or `credential_source` = `Environment`, `Ec2InstanceMetadata`, `EcsContainer`), with `role_session_name`,
 * `external_id`, `duration_seconds` and `mfa_serial` (asking `mfaCodeProvider`); web identity
 * (`web_identity_token_file` + `role_arn`); IAM Identity Center (`sso_session` or legacy `sso_start_url`); and `aws login`
 * sessions (`login_session`). AssumeRole is signed with the source profile's credentials and sent in the role profile's
 * `region`, else the client's region.
 *
 * @example
 * await resolveProfileCredentials("cross-account", await loadSharedConfig({ profile: "cross-account" }), { env: process.env });
 */
export function resolveProfileCredentials(name: string, shared: SharedConfig, context: CredentialChainContext): Promise<SourcedCredentials> {
  return resolveProfile(name, { profiles: shared.profiles, shared, context }, {}, false);
}
