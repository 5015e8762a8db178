import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

/** Credentials are refreshed when they expire within this many milliseconds. */
export const CREDENTIALS_REFRESH_WINDOW_MS = 300_000;

/** A provider that has been wrapped once; wrapping it again returns it unchanged. */
export type MemoizedCredentialProvider = AwsCredentialIdentityProvider & { memoized?: boolean };

/**
 * Wraps the `credentials` client option the way the SDK's `memoizeIdentityProvider` does: a static object is returned
 * as is; a provider is called once and its result kept. Credentials with an `expiration` are fetched again (blocking the
 * caller) once they are within 5 minutes of it; concurrent callers share one call; `{ forceRefresh: true }` always
 * fetches. Credentials without `expiration` are kept for good. A provider already marked `memoized` is returned as is.
 *
 * @example
 * const credentials = memoizeCredentials(fromIni({ profile: "dev" }));
 * await credentials(); // calls fromIni once, then serves the cached value until 5 minutes before expiry
 */
export function memoizeCredentials(
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider,
): MemoizedCredentialProvider {
  if (typeof credentials === "function" && (credentials as MemoizedCredentialProvider).memoized) return credentials;
  const source: AwsCredentialIdentityProvider = typeof credentials === "function" ? credentials : async () => credentials;
  let resolved: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fetch = async (options?: Record<string, unknown>): Promise<AwsCredentialIdentity> => {
    pending ??= source(options);
    try {
      resolved = await pending;
    } finally {
      pending = undefined;
    }
    return resolved;
  };
  const memoized: MemoizedCredentialProvider = async (options) => {
    let current = resolved === undefined || options?.forceRefresh ? await fetch(options) : resolved;
    // Checked after a fresh fetch too, as the SDK does: a provider that returns nearly expired credentials is asked again.
    const { expiration } = current;
    if (expiration !== undefined && expiration.getTime() - Date.now() < CREDENTIALS_REFRESH_WINDOW_MS) current = await fetch(options);
    return current;
  };
  memoized.memoized = true;
  return memoized;
}
