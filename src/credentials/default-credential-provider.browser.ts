import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { MemoizedCredentialProvider } from "./memoize-credentials.js";
import type { DefaultCredentialProviderOptions } from "./default-credential-provider.js";

export type { DefaultCredentialProviderOptions, CredentialSourceFailure } from "./default-credential-provider.js";

/** What a client without `credentials` says outside Node, where the default chain (files, environment, metadata) does not exist. */
export const BROWSER_CREDENTIALS_MISSING =
  "Credentials are missing: outside Node (browsers, Deno, workers, React Native) the default credential chain " +
  "(environment, shared config files, SSO, instance metadata) is not available, so pass the client's `credentials` " +
  "option: { accessKeyId, secretAccessKey, sessionToken? } or an async provider of them (e.g. Cognito's fromCognitoIdentityPool).";

/** Outside Node there is no default chain: every request fails with {@link BROWSER_CREDENTIALS_MISSING}. */
export function defaultCredentialProvider(_options: DefaultCredentialProviderOptions = {}): MemoizedCredentialProvider {
  const provider: MemoizedCredentialProvider = async () => {
    throw new CredentialsProviderError(BROWSER_CREDENTIALS_MISSING, { tryNextLink: false });
  };
  provider.memoized = true;
  return provider;
}
