/**
 * Thrown when the endpoint rules reject a configuration, with the rule's own message
 * (for example `Invalid Configuration: FIPS and custom endpoint are not supported`).
 *
 * It has the same `name` as the SDK's `EndpointError`, so code that checks `error.name` keeps working.
 */
export class EndpointError extends Error {
  override name = "EndpointError";
}
