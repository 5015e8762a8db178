import { evaluateEndpointRules } from "../models/endpoint-rules.js";

/** The endpoint parameters of Lambda's rule set (the SDK's `EndpointParameters`). */
export interface EndpointParameters {
  /** The region to send requests to; required unless `Endpoint` is set. */
  Region?: string;
  /** Use the FIPS endpoint. @default false */
  UseFIPS?: boolean;
  /** Use the dual-stack (IPv4 and IPv6) endpoint. @default false */
  UseDualStack?: boolean;
  /** A custom endpoint URL that replaces the regional one. */
  Endpoint?: string;
}

const CACHE_SIZE = 50;
const cache = new Map<string, string>();

/**
 * Resolves Lambda's endpoint URL with the endpoint rule set from the model (compiled to code by codegen), for every AWS partition, with FIPS
 * and dual-stack variants and custom endpoints.
 *
 * Throws an `EndpointError` with the rule's message, e.g. `Invalid Configuration: FIPS and custom endpoint are not
 * supported` or `Invalid Configuration: Missing Region`. A custom endpoint that is not a valid URL throws the
 * `TypeError` of `new URL()`.
 *
 * @example
 * resolveEndpoint({ Region: "eu-west-1", UseDualStack: true }).url.href; // "https://lambda.eu-west-1.api.aws/"
 */
export function resolveEndpoint(params: EndpointParameters): { url: URL } {
  const key = JSON.stringify([params.Region, params.UseFIPS, params.UseDualStack, params.Endpoint]);
  const cached = cache.get(key);
  // A fresh URL each time: callers may append the operation path to it.
  if (cached !== undefined) return { url: new URL(cached) };
  const url = new URL(evaluateEndpointRules(params));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, url.href);
  return { url };
}
