import { platform, release } from "node:os";
import type { UserAgentPair } from "@smithy/types";

/** The user-agent pairs that name the runtime, as the SDK sends them on Node: `os/linux#6.1 lang/js md/nodejs#20.11.0`. */
export function platformUserAgent(): UserAgentPair[] {
  return [[`os/${platform()}`, release()], ["lang/js"], ["md/nodejs", process.versions.node]];
}
