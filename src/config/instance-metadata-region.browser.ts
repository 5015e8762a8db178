/** Outside Node there is no instance metadata service to ask: the region must be a client option. */
export async function getInstanceMetadataRegion(_env: Record<string, string | undefined>, _timeoutMs?: number): Promise<string | undefined> {
  return undefined;
}
