import type { AwsCredentialIdentity } from "@smithy/types";

/** Credentials plus the SDK's `$source` map, which the user-agent middleware turns into feature letters (`m/…,g`). */
export type SourcedCredentials = AwsCredentialIdentity & { $source?: Record<string, string> };

/** The optional credential fields as strings; empty or missing ones are left out. */
export interface OptionalCredentialFields {
  sessionToken?: string;
  /** Parsed with `new Date()`. */
  expiration?: string;
  credentialScope?: string;
  accountId?: string;
}

/**
 * Builds credentials from strings the way the SDK's providers do (optional fields only when non-empty) and records where
 * they came from in `$source`, exactly like the SDK's `setCredentialFeature` (e.g. `CREDENTIALS_ENV_VARS` → `g`).
 *
 * @example
 * toCredentials({ CREDENTIALS_ENV_VARS: "g" }, "AKID", "secret", { sessionToken: "" }); // no sessionToken key
 */
export function toCredentials(
  $source: Record<string, string>,
  accessKeyId: string,
  secretAccessKey: string,
  { sessionToken, expiration, credentialScope, accountId }: OptionalCredentialFields,
): SourcedCredentials {
  return {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken && { sessionToken }),
    ...(expiration && { expiration: new Date(expiration) }),
    ...(credentialScope && { credentialScope }),
    ...(accountId && { accountId }),
    $source,
  };
}
