import type { CredentialServiceSettings } from "./credential-service-call.js";
import type { RemoteProviderOptions } from "./remote-provider-options.js";

/** Everything the credential sources that call STS, SSO or sign-in need from the chain and the client it serves. */
export interface CredentialChainContext extends CredentialServiceSettings, RemoteProviderOptions {
  /** The environment to read. */
  env: NodeJS.ProcessEnv;
  /**
   * The region of the client the chain serves: STS is called in it (the SDK's `parentClientConfig.region`), unless the
   * role profile sets its own `region`.
   * @default AWS_REGION, then the profile's region, then us-east-1 (with the SDK's warning)
   */
  clientRegion?: () => Promise<string>;
  /**
   * Asked for the current MFA code when a role profile has `mfa_serial` (the SDK's `mfaCodeProvider`).
   * @default none: such a profile fails with an error saying so
   */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
}
