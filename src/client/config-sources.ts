import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Provider } from "@smithy/types";

/**
 * Where settings come from when the caller did not give them. This is the seam between the client
 * and the environment/shared-file/credential-chain resolution in `src/config` and `src/credentials`.
 */
export const configSources = {
  region: (profile?: string): Provider<string> => async () => {
    void profile;
    const region = process.env.AWS_REGION;
    if (!region) throw new Error("Region is missing");
    return region;
  },
  boolean: (envName: string, _profileKey: string, _profile?: string): Provider<boolean> => async () => {
    const value = process.env[envName];
    return value === "true";
  },
  maxAttempts: (_profile?: string): Provider<number> => async () => 3,
  retryMode: (_profile?: string): Provider<string> => async () => "standard",
  configuredEndpoint: async (_profile?: string): Promise<string | undefined> => undefined,
  userAgentAppId: (_profile?: string): Provider<string | undefined> => async () => process.env.AWS_SDK_UA_APP_ID,
  defaultCredentials: (_profile?: string): AwsCredentialIdentityProvider => async () => {
    const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new Error("Could not load credentials from any providers");
    return { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN } as AwsCredentialIdentity;
  },
  memoize: (provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider => provider,
};
