import type { CliIo, FlagValues, GlobalOptions } from "./cli-command.js";
import { resolveGlobalOptions } from "./global-options.js";
import { CliFailure } from "./report-error.js";

/**
 * The global options with the environment and the selected profile. `--profile X` is applied by setting
 * `AWS_PROFILE=X` in the environment the client reads, so a flag and its variable cannot mean different things
 * (endpoint_url, the services section, region, credentials, retry settings). A named profile that exists in neither
 * file fails as in the AWS CLI: `The config profile (X) could not be found`, exit 255.
 */
export async function loadCliSettings(values: FlagValues, io: CliIo): Promise<{ global: GlobalOptions }> {
  // A bad --query is a usage error before anything is sent, as in the AWS CLI (not a failure after the call).
  if (typeof values.query === "string") await (await import("./output/check-query.js")).checkQuery(values.query);
  if (typeof values.profile === "string") io.env.AWS_PROFILE = values.profile;
  const name = io.env.AWS_PROFILE;
  let profile: Record<string, string | undefined> = {};
  const needsProfile = name !== undefined || values.output === undefined || values.region === undefined;
  if (needsProfile) {
    const { loadSharedConfig } = await import("../config/load-shared-config.js");
    const shared = await loadSharedConfig({ env: io.env });
    if (name && name !== "default" && !Object.hasOwn(shared.profiles, name)) throw new CliFailure(`The config profile (${name}) could not be found`, 255);
    profile = shared.profile;
  }
  return { global: resolveGlobalOptions(values, io, profile) };
}
