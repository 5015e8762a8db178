import type { UserAgentPair } from "@smithy/types";

/** The user-agent pairs that name the runtime, as the SDK's browser build sends them: `os/other lang/js md/browser`. */
export function platformUserAgent(): UserAgentPair[] {
  const deno = (globalThis as { Deno?: { version?: { deno?: string } } }).Deno;
  if (deno?.version?.deno) return [["os/other"], ["lang/js"], ["md/deno", deno.version.deno]];
  return [["os/other"], ["lang/js"], ["md/browser"]];
}
