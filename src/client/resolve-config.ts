import { NoOpLogger } from "@smithy/smithy-client";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Endpoint, Provider, UserAgent } from "@smithy/types";
import { NodeHttpHandler, type NodeHttpHandlerOptions } from "../http/node-http-handler.js";
import { NodeSha256 } from "../middleware/node-sha256.js";
import { resolveRetryStrategy } from "../retry/resolve-retry-strategy.js";
import type { LambdaClientConfig, LambdaClientResolvedConfig, LambdaRequestHandler } from "./client-config.js";
import { configSources } from "./config-sources.js";

const constant = <T>(value: T): Provider<T> => {
  const promise = Promise.resolve(value);
  return () => promise;
};
const toProvider = <T>(value: T | Provider<T>): Provider<T> => (typeof value === "function" ? (value as Provider<T>) : constant(value));

/** Wraps a provider so concurrent and later callers share one call. */
const once = <T>(provider: Provider<T>): Provider<T> => {
  let pending: Promise<T> | undefined;
  return () => (pending ??= provider().catch((error: unknown) => {
    pending = undefined;
    throw error;
  }));
};

/** A region may carry a FIPS marker (`fips-us-east-1`, `us-east-1-fips`); the SDK strips it and turns FIPS on. */
const FIPS_MARKER = /fips-(dkr-|prod-)?|-fips/;
const HOST_LABEL = /^(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$/;
function realRegion(region: string): { region: string; fips: boolean } {
  const fips = FIPS_MARKER.test(region);
  const real = ["fips-aws-global", "aws-fips"].includes(region) ? "us-east-1" : region.replace(FIPS_MARKER, "");
  if (!HOST_LABEL.test(real)) throw new Error(`Region not accepted: region="${real}" is not a valid hostname component.`);
  return { region: real, fips };
}

function normalizeEndpoint(endpoint: LambdaClientConfig["endpoint"]): Provider<Endpoint> | undefined {
  if (endpoint === undefined) return undefined;
  const fromUrl = (value: string | URL): Endpoint => {
    const url = typeof value === "string" ? new URL(value) : value;
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => (query[k] = v));
    return { protocol: url.protocol, hostname: url.hostname, port: url.port ? Number(url.port) : undefined, path: url.pathname, query };
  };
  const normalize = (value: unknown): Endpoint => {
    if (typeof value === "string" || value instanceof URL) return fromUrl(value);
    const v2 = value as { url?: URL };
    if (v2 && v2.url instanceof URL) return fromUrl(v2.url);
    return value as Endpoint;
  };
  if (typeof endpoint === "function") return async () => normalize(await (endpoint as Provider<unknown>)());
  return constant(normalize(endpoint));
}

function normalizeUserAgent(ua: string | UserAgent | undefined): UserAgent | undefined {
  return typeof ua === "string" ? [[ua]] : ua;
}

function normalizeRequestHandler(handler: LambdaClientConfig["requestHandler"]): LambdaRequestHandler {
  if (handler && typeof (handler as LambdaRequestHandler).handle === "function") return handler as LambdaRequestHandler;
  return new NodeHttpHandler(handler as NodeHttpHandlerOptions | undefined);
}

function normalizeCredentials(config: LambdaClientConfig): AwsCredentialIdentityProvider {
  const { credentials } = config;
  if (credentials === undefined) return configSources.defaultCredentials(config.profile);
  const provider: AwsCredentialIdentityProvider =
    typeof credentials === "function" ? credentials : async () => credentials as AwsCredentialIdentity;
  return configSources.memoize(provider);
}

/**
 * Resolves user options into the client configuration the SDK would build: providers for every
 * async setting, nothing read from disk or the network until a request needs it.
 */
export function resolveConfig(input: LambdaClientConfig): LambdaClientResolvedConfig {
  const { profile } = input;
  if (input.region === "") throw new Error("Region is missing");
  const rawRegion = input.region === undefined ? configSources.region(profile) : toProvider(input.region);
  const regionInfo = once(async () => realRegion(await rawRegion()));
  const fipsSetting = input.useFipsEndpoint === undefined ? configSources.boolean("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", profile) : toProvider(input.useFipsEndpoint);
  const explicitEndpoint = normalizeEndpoint(input.endpoint);
  const configuredEndpoint = explicitEndpoint
    ? undefined
    : once(async () => {
        const url = await configSources.configuredEndpoint(profile);
        return url ? normalizeEndpoint(url)!() : undefined;
      });
  const maxAttempts = input.maxAttempts === undefined ? configSources.maxAttempts(profile) : toProvider(input.maxAttempts);
  const retryMode = input.retryMode ?? configSources.retryMode(profile);
  return {
    ...(input as Omit<LambdaClientConfig, keyof LambdaClientResolvedConfig>),
    profile,
    apiVersion: "2015-03-31",
    serviceId: "Lambda",
    signingName: "lambda",
    runtime: "node",
    tls: true,
    region: async () => (await regionInfo()).region,
    useFipsEndpoint: async () => (await regionInfo().then((r) => r.fips, () => false)) || (await fipsSetting()),
    useDualstackEndpoint:
      input.useDualstackEndpoint === undefined
        ? configSources.boolean("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", profile)
        : toProvider(input.useDualstackEndpoint),
    endpoint: explicitEndpoint,
    isCustomEndpoint: explicitEndpoint !== undefined,
    credentials: normalizeCredentials(input),
    credentialsInCode: input.credentials !== undefined,
    maxAttempts,
    retryMode,
    retryStrategy: resolveRetryStrategy({ retryStrategy: input.retryStrategy, retryMode: toProvider(retryMode), maxAttempts }),
    requestHandler: normalizeRequestHandler(input.requestHandler),
    logger: input.logger ?? new NoOpLogger(),
    systemClockOffset: input.systemClockOffset ?? 0,
    disableClockSkewCorrection: toProvider(input.disableClockSkewCorrection ?? false),
    customUserAgent: normalizeUserAgent(input.customUserAgent),
    userAgentAppId: input.userAgentAppId === undefined ? configSources.userAgentAppId(profile) : toProvider(input.userAgentAppId),
    validateInput: input.validateInput ?? true,
    sha256: input.sha256 ?? NodeSha256,
    configuredEndpoint,
  };
}
