import type { Endpoint, Pluggable, Provider, SerializeHandlerOptions, SerializeMiddleware } from "@smithy/types";
import { resolveEndpoint } from "../endpoints/resolve-endpoint.js";

/** What endpoint resolution reads from the resolved client config. */
export interface EndpointConfig {
  region: Provider<string>;
  useFipsEndpoint: Provider<boolean>;
  useDualstackEndpoint: Provider<boolean>;
  /** A custom endpoint, when one was configured. */
  endpoint?: Provider<Endpoint>;
  /** An endpoint from the environment or profile, used when no `endpoint` option is set. */
  configuredEndpoint?: Provider<Endpoint | undefined>;
}

/**
 * Renders a smithy `Endpoint` as a URL string (what the rule set's `Endpoint` parameter takes).
 * No query: like the SDK, requests never carry a custom endpoint's own query parameters.
 */
export function endpointToUrl(endpoint: Endpoint): string {
  const port = endpoint.port ? `:${endpoint.port}` : "";
  return `${endpoint.protocol}//${endpoint.hostname}${port}${endpoint.path ?? ""}`;
}

const parsedUrls = new WeakMap<URL, Endpoint>();

/**
 * Splits a URL into a smithy `Endpoint` (memoized per URL object; treat it as read-only). The query
 * is left empty: the SDK sends only the operation's own query members.
 */
export function urlToEndpoint(url: URL): Endpoint {
  const cached = parsedUrls.get(url);
  if (cached) return cached;
  const endpoint: Endpoint = {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: {},
  };
  parsedUrls.set(url, endpoint);
  return endpoint;
}

/** The last resolution per client config: the inputs rarely change, and resolving builds a URL each time. */
const lastResolved = new WeakMap<EndpointConfig, { key: string; endpointV2: { url: URL } }>();

/**
 * Resolves the endpoint of this request from the model's rule set (region, FIPS, dual-stack, or
 * a custom endpoint) and stores it as `context.endpointV2`, as the SDK's `endpointV2Middleware` does.
 * A custom endpoint keeps its path prefix.
 */
export const endpointMiddleware =
  (config: EndpointConfig): SerializeMiddleware<object, object> =>
  (next, context) =>
  async (args) => {
    const custom = config.endpoint ? await config.endpoint() : await config.configuredEndpoint?.();
    const [useFips, useDualstack] = await Promise.all([config.useFipsEndpoint(), config.useDualstackEndpoint()]);
    const region = custom && !useFips && !useDualstack ? undefined : await config.region();
    const customUrl = custom ? endpointToUrl(custom) : undefined;
    const key = `${region}|${useFips}|${useDualstack}|${customUrl}`;
    let cached = lastResolved.get(config);
    if (cached?.key !== key) {
      const { url } = resolveEndpoint({ Region: region, UseFIPS: useFips, UseDualStack: useDualstack, Endpoint: customUrl });
      cached = { key, endpointV2: { url } };
      lastResolved.set(config, cached);
    }
    (context as { endpointV2?: { url: URL } }).endpointV2 = cached.endpointV2;
    return next(args);
  };

/** Step and name of {@link endpointMiddleware}: the SDK's `endpointV2Middleware`. */
export const endpointMiddlewareOptions: SerializeHandlerOptions & { relation: "before"; toMiddleware: string } = {
  step: "serialize",
  tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
  name: "endpointV2Middleware",
  override: true,
  relation: "before",
  toMiddleware: "serializerMiddleware",
};

/** Adds {@link endpointMiddleware} to a stack. */
export const getEndpointPlugin = (config: EndpointConfig): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.addRelativeTo(endpointMiddleware(config), endpointMiddlewareOptions),
});
