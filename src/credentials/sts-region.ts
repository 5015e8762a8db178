import { loadSetting } from "../config/load-setting.js";
import type { CredentialChainContext } from "./chain-context.js";

let warned = false;

/**
 * The region the SDK's role assumers call STS in: the given `profileRegion` (a role profile's `region`), else the
 * client's region, else `AWS_REGION`, else the selected profile's `region`, else `us-east-1` with the SDK's warning.
 *
 * @example
 * await stsRegion({ env: { AWS_REGION: "eu-west-1" } }); // "eu-west-1"
 */
export async function stsRegion(context: CredentialChainContext, profileRegion?: string): Promise<string> {
  if (profileRegion) return profileRegion;
  const fromClient = await context.clientRegion?.().catch(() => undefined);
  if (fromClient) return fromClient;
  return loadSetting<string>(
    {
      env: (env) => env.AWS_REGION || undefined,
      profile: (profile) => profile.region || undefined,
      preferredFile: "credentials",
      fallback: () => {
        if (!warned) {
          warned = true;
          (context.logger ?? console).warn(
            "@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.",
          );
        }
        return "us-east-1";
      },
    },
    context,
  )();
}
