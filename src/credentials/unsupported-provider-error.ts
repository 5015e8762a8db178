import { CredentialsProviderError } from "./credentials-provider-error.js";

/**
 * The error for a credential source this client does not implement (role assumption, web identity, SSO, console
 * login): it says what the configuration asks for and which `@aws-sdk/credential-providers` function to pass as
 * `credentials` instead, and it stops the default chain (`tryNextLink: false`), because going on would silently pick up
 * some other identity, such as the instance role.
 *
 * @example
 * unsupportedProviderError('Profile "dev" signs in with IAM Identity Center (SSO)', 'fromSSO({ profile: "dev" })', " (or …)", "fromNodeProviderChain(…)");
 */
export const unsupportedProviderError = (what: string, use: string, alternative: string, example: string): CredentialsProviderError =>
  new CredentialsProviderError(
    `${what}, which this client does not do by itself. Pass credentials: ${use} from "@aws-sdk/credential-providers"` +
      `${alternative}, e.g. new LambdaClient({ credentials: ${example} }).`,
    { tryNextLink: false },
  );
