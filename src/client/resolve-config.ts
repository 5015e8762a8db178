import { NoOpLogger } from "@smithy/smithy-client";
import type { Endpoint, Provider } from "@smithy/types";
import { loadSetting } from "../config/load-setting.js";
import { normalizeRegion } from "../config/normalize-region.js";
import { resolveBooleanSetting } from "../config/resolve-boolean-setting.js";
import { resolveConfiguredEndpointUrl } from "../config/resolve-configured-endpoint-url.js";
import { resolveMaxAttempts } from "../config/resolve-max-attempts.js";
import { resolveRegionProvider } from "../config/resolve-region.js";
import { resolveRetryMode } from "../config/resolve-retry-mode.js";
import { defaultCredentialProvider } from "../credentials/default-credential-provider.js";
import { memoizeCredentials } from "../credentials/memoize-credentials.js";
import { customEndpointUrl, type CustomEndpointInput } from "../endpoints/custom-endpoint-url.js";
import type { NodeHttpHandlerOptions } from "../http/node-http-handler.js";
import { createDefaultRequestHandler } from "../http/default-request-handler.js";
import { DefaultSha256 } from "../crypto/sha256.js";
import { runtimeEnv } from "../runtime/runtime-env.js";
import { urlToEndpoint } from "../middleware/endpoint-middleware.js";
import { resolveRetryStrategy } from "../retry/resolve-retry-strategy.js";
import type { LambdaClientConfig, LambdaClientResolvedConfig, LambdaRequestHandler } from "./client-config.js";

const toProvider = <T>(value: T | Provider<T>): Provider<T> => (typeof value === "function" ? (value as Provider<T>) : async () => value);

/** The smithy `Endpoint` object the SDK exposes as `config.endpoint()`. */
const toEndpoint = (url: string): Endpoint => urlToEndpoint(new URL(url));

/**
 * The `config.endpoint()` provider. An endpoint given as a value is parsed once (every send asks for it); a function
 * is called on every send, as the SDK calls it.
 */
function endpointProvider(input: CustomEndpointInput): Provider<Endpoint> {
  if (typeof input === "function") return async () => toEndpoint(await customEndpointUrl(input));
  let parsed: Promise<Endpoint> | undefined;
  return () => (parsed ??= customEndpointUrl(input).then(toEndpoint));
}

function normalizeRequestHandler(handler: LambdaClientConfig["requestHandler"]): LambdaRequestHandler {
  if (handler && typeof (handler as LambdaRequestHandler).handle === "function") return handler as LambdaRequestHandler;
  return createDefaultRequestHandler(handler as NodeHttpHandlerOptions | undefined);
}

/**
 * Resolves user options into the configuration the SDK would build, in the SDK's order of
 * sources (client option, environment, shared config/credentials files, instance metadata):
 * providers for every async setting, and nothing read from disk or the network until a request
 * needs it. See docs/configuration.md.
 */
export function resolveConfig(input: LambdaClientConfig): LambdaClientResolvedConfig {
  const { profile } = input;
  const env = runtimeEnv();
  const sources = { profile, env };
  const rawRegion = resolveRegionProvider(input.region, sources);
  const fipsSetting = resolveBooleanSetting(input.useFipsEndpoint, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", sources);
  const maxAttempts = resolveMaxAttempts(input.maxAttempts, sources);
  const retryMode = input.retryMode ?? resolveRetryMode(undefined, sources);
  const endpoint = input.endpoint === undefined ? undefined : endpointProvider(input.endpoint as CustomEndpointInput);
  // The SDK reads configured endpoint URLs with AWS_PROFILE only, not the client's `profile` option.
  let configured: Promise<Endpoint | undefined> | undefined;
  const configuredEndpoint = async () =>
    (configured ??= resolveConfiguredEndpointUrl({ env }).then((url) => (url ? toEndpoint(url) : undefined)));
  const requestHandler = normalizeRequestHandler(input.requestHandler);
  const region = async () => normalizeRegion(await rawRegion()).region;
  return {
    ...(input as Omit<LambdaClientConfig, keyof LambdaClientResolvedConfig>),
    profile,
    apiVersion: "2015-03-31",
    serviceId: "Lambda",
    signingName: "lambda",
    runtime: "node",
    tls: true,
    region,
    useFipsEndpoint: async () => {
      const fromRegion = await rawRegion().then((r) => normalizeRegion(r).useFips, () => false);
      return fromRegion || (await fipsSetting());
    },
    useDualstackEndpoint: resolveBooleanSetting(input.useDualstackEndpoint, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", sources),
    endpoint,
    configuredEndpoint: endpoint ? undefined : configuredEndpoint,
    isCustomEndpoint: endpoint !== undefined,
    credentials:
      input.credentials === undefined
        ? // STS is called in this client's region and through its request handler, as the SDK's chain does for its client.
          defaultCredentialProvider({ profile, env, logger: input.logger, clientRegion: region, requestHandler, mfaCodeProvider: input.mfaCodeProvider })
        : memoizeCredentials(input.credentials),
    credentialsInCode: input.credentials !== undefined,
    maxAttempts,
    retryMode,
    retryStrategy: resolveRetryStrategy({ retryStrategy: input.retryStrategy, retryMode, maxAttempts }),
    requestHandler,
    logger: input.logger ?? new NoOpLogger(),
    systemClockOffset: input.systemClockOffset ?? 0,
    disableClockSkewCorrection:
      input.disableClockSkewCorrection === undefined
        ? resolveBooleanSetting(undefined, "AWS_DISABLE_CLOCK_SKEW_CORRECTION", "disable_clock_skew_correction", sources)
        : toProvider(input.disableClockSkewCorrection),
    customUserAgent: typeof input.customUserAgent === "string" ? [[input.customUserAgent]] : input.customUserAgent,
    userAgentAppId:
      input.userAgentAppId === undefined
        ? loadSetting({ env: (e) => e.AWS_SDK_UA_APP_ID, profile: (p) => p.sdk_ua_app_id, fallback: () => undefined }, sources)
        : toProvider(input.userAgentAppId),
    validateInput: input.validateInput ?? true,
    sha256: input.sha256 ?? DefaultSha256,
  };
}
