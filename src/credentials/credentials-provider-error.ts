/**
 * A credential source could not produce credentials. Same shape as the SDK's `CredentialsProviderError`: `tryNextLink`
 * says whether the default chain may go on to the next source (`true`) or must stop and report this error (`false`).
 */
export class CredentialsProviderError extends Error {
  override name = "CredentialsProviderError";
  /** Whether a chain may try its next source after this failure. */
  readonly tryNextLink: boolean;

  /**
   * @param message - What failed and why.
   * @param options - `tryNextLink` (@default true) and an optional `cause` (set only when the key is present).
   */
  constructor(message: string, options: { tryNextLink?: boolean; cause?: unknown } = {}) {
    super(message, options);
    this.tryNextLink = options.tryNextLink ?? true;
  }
}
