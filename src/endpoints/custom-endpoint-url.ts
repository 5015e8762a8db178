/** An endpoint given as parts, the SDK's `Endpoint` (v1) shape. */
export interface EndpointParts {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null | undefined>;
}

/** Every form the `endpoint` client option accepts. */
export type CustomEndpoint = string | URL | EndpointParts | { url: URL };

/** The `endpoint` client option: a value or a function that returns one. */
export type CustomEndpointInput = CustomEndpoint | (() => CustomEndpoint | Promise<CustomEndpoint>);

/**
 * Turns the `endpoint` client option into the URL string the endpoint rules take as their `Endpoint` parameter, the way
 * the SDK does: `scheme://host[:port]/path`, keeping a path prefix (`https://proxy.example/lambda`) and dropping the query.
 *
 * Unlike the SDK, a WHATWG `URL` object works too (the SDK builds `https://hostundefined` from one).
 *
 * @example
 * await customEndpointUrl("http://127.0.0.1:4566"); // "http://127.0.0.1:4566/"
 * await customEndpointUrl(async () => ({ protocol: "https:", hostname: "h.example", path: "/base" })); // "https://h.example/base"
 */
export async function customEndpointUrl(endpoint: CustomEndpointInput): Promise<string> {
  const value = typeof endpoint === "function" ? await endpoint() : endpoint;
  if (typeof value === "string" || value instanceof URL) {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname}`;
  }
  if ("url" in value) return value.url.href;
  const { protocol, hostname, port, path } = value;
  return `${protocol}//${hostname}${port ? `:${port}` : ""}${path}`;
}
