import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from "node:crypto";
import { parseSecretJson } from "./parse-secret-json.js";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { IniSection } from "@smithy/types";
import { homeDir } from "../config/shared-config-paths.js";
import type { CredentialChainContext } from "./chain-context.js";
import { callCredentialService } from "./credential-service-call.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { restJsonError } from "./rest-json-error.js";

/** What `aws login` caches in `~/.aws/login/cache/<sha256 of login_session>.json`. */
interface LoginToken {
  accessToken: { accessKeyId: string; secretAccessKey: string; sessionToken: string; accountId: string; expiresAt: string };
  clientId: string;
  refreshToken: string;
  dpopKey: string;
  signInRegion?: string;
  [key: string]: unknown;
}

const REFRESH_THRESHOLD_MS = 5 * 60 * 1000;
const stop = (message: string) => new CredentialsProviderError(message, { tryNextLink: false });

const tokenFilepath = (session: string, env: NodeJS.ProcessEnv) =>
  join(env.AWS_LOGIN_CACHE_DIRECTORY ?? join(homeDir(env), ".aws", "login", "cache"), `${createHash("sha256").update(session, "utf8").digest("hex")}.json`);

async function loadToken(path: string): Promise<LoginToken> {
  try {
    const token = parseSecretJson<LoginToken>(await readFile(path, "utf8"), "The token file");
    const missing = ["accessToken", "clientId", "refreshToken", "dpopKey"].filter((key) => !token[key]);
    if (!token.accessToken?.accountId) missing.push("accountId");
    if (missing.length > 0) throw stop(`Token validation failed, missing fields: ${missing.join(", ")}`);
    return token;
  } catch (error) {
    throw stop(`Failed to load token from ${path}: ${String(error)}`);
  }
}

const toCredentials = (token: LoginToken["accessToken"]): SourcedCredentials => ({
  accessKeyId: token.accessKeyId,
  secretAccessKey: token.secretAccessKey,
  sessionToken: token.sessionToken,
  accountId: token.accountId,
  expiration: new Date(token.expiresAt),
  $source: { CREDENTIALS_LOGIN: "AD", CREDENTIALS_PROFILE_LOGIN: "AC" },
});

/** A DPoP proof (RFC 9449, ES256) for one request, signed with the session's key, as the SDK builds it. */
function dpopProof(dpopKey: string, method: string, url: string): string {
  try {
    const privateKey = createPrivateKey({ key: dpopKey, format: "pem", type: "sec1" });
    const jwk = createPublicKey(privateKey).export({ format: "jwk" });
    const header = { alg: "ES256", typ: "dpop+jwt", jwk: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y } };
    const payload = { jti: randomUUID(), htm: method, htu: url, iat: Math.floor(Date.now() / 1000) };
    const message = `${Buffer.from(JSON.stringify(header)).toString("base64url")}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
    // ieee-p1363 is the raw r||s form a JWS needs (the SDK converts from DER by hand).
    const signature = sign("sha256", Buffer.from(message), { key: privateKey, dsaEncoding: "ieee-p1363" }).toString("base64url");
    return `${message}.${signature}`;
  } catch (error) {
    throw stop(`Failed to generate Dpop proof: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const signinEndpoint = (region: string) =>
  region.startsWith("cn-")
    ? `https://${region}.signin.amazonaws.cn`
    : region.startsWith("us-gov-")
      ? `https://${region}.signin.amazonaws-us-gov.com`
      : `https://${region}.signin.aws.amazon.com`;

/**
 * Credentials of an `aws login` session (a profile with `login_session`), as the SDK's `fromLoginCredentials` gets
 * them: the cached token in `AWS_LOGIN_CACHE_DIRECTORY` or `~/.aws/login/cache/` (SHA-256 of the session name) while it
 * is valid for more than 5 minutes; else a sign-in `CreateOAuth2Token` refresh grant with a DPoP proof, written back to
 * the cache. A refresh that fails while the cached credentials are still valid keeps them (with a warning). Messages
 * are the SDK's.
 *
 * @example
 * await fromLoginSession("console", { login_session: "arn:aws:iam::123456789012:user/me" }, { env: process.env });
 */
export async function fromLoginSession(name: string, data: IniSection, context: CredentialChainContext): Promise<SourcedCredentials> {
  const session = data.login_session!;
  const path = tokenFilepath(session, context.env);
  const token = await loadToken(path);
  if (new Date(token.accessToken.expiresAt).getTime() - Date.now() > REFRESH_THRESHOLD_MS) return toCredentials(token.accessToken);
  const disk = await loadToken(path).catch(() => token);
  const now = Date.now();
  const fresh = new Date(disk.accessToken.expiresAt).getTime() <= now && new Date(token.accessToken.expiresAt).getTime() > now ? token : disk;
  if (new Date(fresh.accessToken.expiresAt).getTime() - Date.now() > REFRESH_THRESHOLD_MS) return toCredentials(fresh.accessToken);
  const region = (typeof fresh.signInRegion === "string" && fresh.signInRegion) || data.region || (await context.clientRegion?.().catch(() => undefined)) || context.env.AWS_REGION;
  if (!region) throw stop(`Profile ${name} has a login_session but no region to refresh it in; set region in the profile or AWS_REGION.`);
  try {
    // tokenInput / tokenOutput are the operation's HTTP payloads: the JSON bodies themselves.
    const tokenOutput = await callCredentialService(
      {
        serviceId: "Signin",
        defaultEndpoint: signinEndpoint(region),
        method: "POST",
        path: "/v1/token",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId: fresh.clientId, grantType: "refresh_token", refreshToken: fresh.refreshToken }),
        // The proof names the exact URL of each attempt, so it is added per request (the SDK's finalizeRequest interceptor).
        finalize: (request) => {
          const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
          request.headers.DPoP = dpopProof(fresh.dpopKey, request.method, url);
        },
        parseOutput: (text) => parseSecretJson(text, "The token refresh response") as { accessToken?: Partial<LoginToken["accessToken"]>; refreshToken?: string; expiresIn?: number },
        parseError: restJsonError,
      },
      context,
    );
    const { accessKeyId, secretAccessKey, sessionToken } = tokenOutput.accessToken ?? {};
    const { refreshToken, expiresIn } = tokenOutput;
    if (!accessKeyId || !secretAccessKey || !sessionToken || !refreshToken) throw stop("Token refresh response missing required fields");
    const expiresAt = new Date(Date.now() + (expiresIn ?? 900) * 1000).toISOString();
    const updated: LoginToken = { ...fresh, accessToken: { ...fresh.accessToken, accessKeyId, secretAccessKey, sessionToken, expiresAt }, refreshToken };
    await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
    await writeFile(path, JSON.stringify(updated, null, 2), "utf8");
    return toCredentials(updated.accessToken);
  } catch (error) {
    if ((error as Error).name === "AccessDeniedException") {
      const reason = (error as { error?: string }).error;
      throw stop(
        reason === "TOKEN_EXPIRED"
          ? "Your session has expired. Please reauthenticate."
          : reason === "USER_CREDENTIALS_CHANGED"
            ? "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password."
            : reason === "INSUFFICIENT_PERMISSIONS"
              ? "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action."
              : `Failed to refresh token: ${String(error)}. Please re-authenticate using \`aws login\``,
      );
    }
    if (new Date(fresh.accessToken.expiresAt).getTime() > Date.now()) {
      context.logger?.warn?.(`Failed to refresh token: ${String(error)}. Using existing token until expiry.`);
      return toCredentials(fresh.accessToken);
    }
    throw new CredentialsProviderError(`Failed to refresh token: ${String(error)}. Please re-authenticate using aws login`);
  }
}
