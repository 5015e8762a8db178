import type { AwsCredentialIdentity } from "@smithy/types";

/** Credentials plus the SDK's `$source` map, which the user-agent middleware turns into feature letters (`m/…,g`). */
export type SourcedCredentials = AwsCredentialIdentity & { $source?: Record<string, string> };

/**
 * Records where credentials came from, exactly like the SDK's `setCredentialFeature` (e.g. `CREDENTIALS_ENV_VARS` → `g`).
 *
 * @example
 * withCredentialFeature({ accessKeyId: "a", secretAccessKey: "b" }, "CREDENTIALS_ENV_VARS", "g").$source; // { CREDENTIALS_ENV_VARS: "g" }
 */
export function withCredentialFeature(credentials: SourcedCredentials, feature: string, letter: string): SourcedCredentials {
  credentials.$source = { ...credentials.$source, [feature]: letter };
  return credentials;
}
