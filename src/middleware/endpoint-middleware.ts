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

/** Renders a smithy `Endpoint` as a URL string (what the rule set's `Endpoint` parameter takes). */
export function endpointToUrl(endpoint: Endpoint): string {
  const port = endpoint.port ? `:${endpoint.port}` : "";
  const query = endpoint.query ? new URLSearchParams(endpoint.query as Record<string, string>).toString() : "";
  return `${endpoint.protocol}//${endpoint.hostname}${port}${endpoint.path ?? ""}${query ? `?${query}` : ""}`;
}

/** Splits a URL into the smithy `Endpoint` the serializer builds requests from. */
export function urlToEndpoint(url: URL): Endpoint {
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (query[key] = value));
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
  };
}

/**
 * Resolves the endpoint of this request from the model's rule set (region, FIPS, dual-stack, or
 * a custom endpoint) and stores it as `context.endpointV2`, as the SDK's `endpointV2Middleware` does.
 * A custom endpoint object is used as given (its path prefix and query are kept).
 */
export const endpointMiddleware =
  (config: EndpointConfig): SerializeMiddleware<object, object> =>
  (next, context) =>
  async (args) => {
    const custom = config.endpoint ? await config.endpoint() : await config.configuredEndpoint?.();
    const [useFips, useDualstack] = await Promise.all([config.useFipsEndpoint(), config.useDualstackEndpoint()]);
    const region = custom && !useFips && !useDualstack ? undefined : await config.region();
    const { url } = resolveEndpoint({
      Region: region,
      UseFIPS: useFips,
      UseDualStack: useDualstack,
      Endpoint: custom ? endpointToUrl(custom) : undefined,
    });
    const ctx = context as { endpointV2?: { url: URL } };
    ctx.endpointV2 = { url };
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
