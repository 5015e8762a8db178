import { createHash } from "node:crypto";
import { parseSecretJson } from "./parse-secret-json.js";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { IniSection } from "@smithy/types";
import { homeDir } from "../config/shared-config-paths.js";
import type { CredentialChainContext } from "./chain-context.js";
import { callCredentialService } from "./credential-service-call.js";
import { getPartition } from "../endpoints/get-partition.js";
import { restJsonError } from "./rest-json-error.js";

/** The SDK's (and the AWS CLI's) hint, kept word for word; {@link ssoLoginHint} adds the exact command. */
export const REFRESH_MESSAGE = "To refresh this SSO session run 'aws sso login' with the corresponding profile.";
const EXPIRE_WINDOW_MS = 5 * 60 * 1000;

/** What `aws sso login` caches in `~/.aws/sso/cache/<sha1>.json`. */
export interface SsoCachedToken {
  accessToken?: string;
  expiresAt?: string;
  region?: string;
  startUrl?: string;
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
  registrationExpiresAt?: string;
}

/** An SSO token error: the SDK's `TokenProviderError` (never `tryNextLink`). */
export class SsoTokenError extends Error {
  override name = "TokenProviderError";
  readonly tryNextLink = false;
}

/** The sentence added to the SDK's SSO messages: the command that fixes it, with the profile filled in. */
export const ssoLoginHint = (profile: string): string => ` Run: aws sso login --profile ${profile}`;

/**
 * The cache file of an SSO token: `~/.aws/sso/cache/` + SHA-1 (hex) of the `sso_session` name, or of the start URL
 * for legacy profiles, + `.json`, as the AWS CLI writes it and the SDK reads it. Home is `HOME`, `USERPROFILE`, ….
 *
 * @example
 * ssoTokenFilepath("my-sso", { HOME: "/home/me" }); // "/home/me/.aws/sso/cache/<sha1 of my-sso>.json"
 */
export function ssoTokenFilepath(id: string, env: NodeJS.ProcessEnv): string {
  return join(homeDir(env), ".aws", "sso", "cache", `${createHash("sha1").update(id).digest("hex")}.json`);
}

/** Reads and parses a cached SSO token (throws on a missing or unparsable file). */
export async function readSsoToken(id: string, env: NodeJS.ProcessEnv): Promise<SsoCachedToken> {
  return parseSecretJson<SsoCachedToken>(await readFile(ssoTokenFilepath(id, env), "utf8"), "The SSO token cache file");
}

const lastRefreshAttempt = new Map<string, number>();
const inFlight = new Map<string, Promise<{ token: string; expiration: Date }>>();

const requireKey = (key: string, value: unknown, forRefresh = false) => {
  if (value === undefined) throw new SsoTokenError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`);
};
const requireUnexpired = (token: { expiration: Date }) => {
  if (token.expiration.getTime() < Date.now()) throw new SsoTokenError(`Token is expired. ${REFRESH_MESSAGE}`);
};

/**
 * The access token of an `sso_session`, exactly as the SDK's `fromSso` token provider gets it: the cached token while
 * it is valid for more than 5 minutes; else one SSO-OIDC `CreateToken` refresh grant (`clientId`, `clientSecret`,
 * `refreshToken` from the cache) shared by concurrent callers and tried at most every 30 seconds, written back to the
 * cache file; if the refresh fails, the cached token while it has not expired. Errors are the SDK's, word for word.
 *
 * @example
 * const { token } = await ssoSessionToken("dev", "my-sso", { sso_region: "eu-west-1", sso_start_url: "https://x.awsapps.com/start" }, { env: process.env });
 */
export async function ssoSessionToken(
  profile: string,
  sessionName: string,
  session: IniSection | undefined,
  context: CredentialChainContext,
): Promise<{ token: string; expiration: Date }> {
  const running = inFlight.get(sessionName);
  if (running) return running;
  if (!session) throw new SsoTokenError(`Sso session '${sessionName}' could not be found in shared credentials file.`);
  for (const key of ["sso_start_url", "sso_region"]) {
    if (!session[key]) throw new SsoTokenError(`Sso session '${sessionName}' is missing required property '${key}'.`);
  }
  let cached: SsoCachedToken;
  try {
    cached = await readSsoToken(sessionName, context.env);
  } catch {
    throw new SsoTokenError(`The SSO session token associated with profile=${profile} was not found or is invalid. ${REFRESH_MESSAGE}`);
  }
  requireKey("accessToken", cached.accessToken);
  requireKey("expiresAt", cached.expiresAt);
  const existing = { token: cached.accessToken!, expiration: new Date(cached.expiresAt!) };
  if (existing.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS) return existing;
  const runningAfterRead = inFlight.get(sessionName);
  if (runningAfterRead) return runningAfterRead;
  if (Date.now() - (lastRefreshAttempt.get(sessionName) ?? 0) < 30_000) {
    requireUnexpired(existing);
    return existing;
  }
  requireKey("clientId", cached.clientId, true);
  requireKey("clientSecret", cached.clientSecret, true);
  requireKey("refreshToken", cached.refreshToken, true);
  const refresh = (async () => {
    try {
      lastRefreshAttempt.set(sessionName, Date.now());
      const region = session.sso_region!;
      const created = await callCredentialService(
        {
          serviceId: "SSO OIDC",
          defaultEndpoint: `https://oidc.${region}.${getPartition(region).dnsSuffix}`,
          method: "POST",
          path: "/token",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ clientId: cached.clientId, clientSecret: cached.clientSecret, grantType: "refresh_token", refreshToken: cached.refreshToken }),
          parseOutput: (text) => parseSecretJson(text, "The SSO OIDC token response") as { accessToken?: string; expiresIn?: number; refreshToken?: string },
          parseError: restJsonError,
        },
        context,
      );
      requireKey("accessToken", created.accessToken);
      requireKey("expiresIn", created.expiresIn);
      const expiration = new Date(Date.now() + created.expiresIn! * 1000);
      const updated = { ...cached, accessToken: created.accessToken, expiresAt: expiration.toISOString(), refreshToken: created.refreshToken };
      await writeFile(ssoTokenFilepath(sessionName, context.env), JSON.stringify(updated, null, 2)).catch(() => undefined);
      return { token: created.accessToken!, expiration };
    } catch {
      requireUnexpired(existing);
      return existing;
    }
  })();
  inFlight.set(sessionName, refresh);
  try {
    return await refresh;
  } finally {
    inFlight.delete(sessionName);
  }
}
