import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { CREDENTIALS_REFRESH_WINDOW_MS, type MemoizedCredentialProvider } from "./memoize-credentials.js";

/**
 * Caches the default credential chain the way the SDK's `memoizeChain` does: the first call, or a call after the
 * credentials expired, runs the chain while callers wait, and concurrent callers share that run. Within 5 minutes of
 * expiry the current credentials are still returned while one background run refreshes them (a failed background run
 * is ignored; the next call tries again). Credentials without `expiration` are kept for good; `{ forceRefresh: true }`
 * runs the chain again and waits for it.
 *
 * @example
 * const provider = memoizeChain(async () => ({ accessKeyId: "a", secretAccessKey: "b" }));
 */
export function memoizeChain(chain: AwsCredentialIdentityProvider): MemoizedCredentialProvider {
  let credentials: AwsCredentialIdentity | undefined;
  let active: Promise<void> | undefined;
  let passive: Promise<void> | undefined;
  let forced: Promise<void> | undefined;
  const store = (c: AwsCredentialIdentity) => {
    credentials = c;
  };
  const provider: MemoizedCredentialProvider = async (options) => {
    if (options?.forceRefresh) {
      forced ??= chain(options).then(store).finally(() => (forced = undefined));
      await forced;
      return credentials!;
    }
    if (credentials?.expiration && credentials.expiration.getTime() < Date.now()) credentials = undefined;
    if (active) {
      await active;
    } else if (!credentials) {
      active = chain(options).then(store).finally(() => (active = undefined));
      return provider(options);
    } else if (credentials.expiration && credentials.expiration.getTime() - Date.now() < CREDENTIALS_REFRESH_WINDOW_MS) {
      passive ??= chain(options)
        .then(store, () => undefined)
        .finally(() => (passive = undefined));
    }
    return credentials!;
  };
  provider.memoized = true;
  return provider;
}
