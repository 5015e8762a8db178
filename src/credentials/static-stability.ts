import type { Logger } from "@smithy/types";
import type { SourcedCredentials } from "./credential-source.js";

type Extended = SourcedCredentials & { originalExpiration?: Date };

/**
 * Wraps an instance metadata provider with the SDK's static stability: credentials that arrive already expired, or a
 * failed refresh when earlier credentials exist, yield those credentials with the expiration pushed 5 to 10 minutes
 * out (and a warning), so an IMDS outage does not stop a running program at once.
 *
 * @example
 * const provider = withStaticStability(fromEc2InstanceMetadata({ env: process.env }), console);
 */
export function withStaticStability(
  provider: () => Promise<SourcedCredentials>,
  logger: Pick<Logger, "warn"> = console,
): () => Promise<SourcedCredentials> {
  let past: Extended | undefined;
  const extend = ({ originalExpiration, ...credentials }: Extended): Extended => {
    const expiration = new Date(Date.now() + (300 + Math.floor(Math.random() * 300)) * 1000);
    logger.warn(
      "Attempting credential expiration extension due to a credential service availability issue. A refresh of these " +
        `credentials will be attempted after ${expiration}.\nFor more information, please visit: ` +
        "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",
    );
    originalExpiration ??= credentials.expiration;
    return { ...credentials, ...(originalExpiration && { originalExpiration }), expiration };
  };
  return async () => {
    try {
      const credentials = await provider();
      past = credentials.expiration && credentials.expiration.getTime() < Date.now() ? extend(credentials) : credentials;
    } catch (error) {
      if (!past) throw error;
      logger.warn("Credential renew failed: ", error);
      past = extend(past);
    }
    return past;
  };
}
