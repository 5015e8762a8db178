import type { SourcedCredentials } from "./credential-source.js";

/**
 * A credential source whose module is loaded on its first call: `load` imports the module and creates the provider,
 * once; every call runs that same provider (so state it keeps, such as IMDS static stability, is kept as when the
 * provider was created up front). An app whose credentials come from code, the environment or a profile never loads
 * the container and instance-metadata code, and with code splitting never downloads or parses it.
 *
 * @example
 * const imds = lazySource(async () => (await import("./from-ec2-instance-metadata.js")).fromEc2InstanceMetadata());
 */
export function lazySource(load: () => Promise<() => Promise<SourcedCredentials>>): () => Promise<SourcedCredentials> {
  let provider: Promise<() => Promise<SourcedCredentials>> | undefined;
  return async () => (await (provider ??= load()))();
}
