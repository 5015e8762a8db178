/** Mapping states in which Lambda is still applying a change; a mapping in none of them is stable. */
export const TRANSITIONAL_MAPPING_STATES: ReadonlySet<string> = new Set(["Creating", "Enabling", "Disabling", "Updating", "Deleting"]);

/**
 * The verdict shared by the Enabled, Disabled and Stable waiters on a failed poll: a mapping that is gone or a
 * request that can never succeed (an invalid UUID, caught by the service or by client-side validation) ends the
 * wait; anything else (throttling, server or network errors) is retried until `maxWaitTime`, as the SDK's waiters do.
 */
export function isTerminalMappingError(error: unknown): boolean {
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === "ResourceNotFoundException" || name === "InvalidParameterValueException";
}
