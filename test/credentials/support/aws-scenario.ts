import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempAwsHome, type TempAwsHome } from "../../config/support/temp-aws-home.js";
import { stsCredentialsXml, stsErrorXml, type FakeAwsServices, type ServiceAnswer, type ServiceRequest } from "./fake-aws-services.js";

/** One expiration (whole seconds) every fake credential carries, so both chains can be compared exactly. */
export const EXPIRATION = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 1000) * 1000);

/** The secret the fake STS hands out with an access key, so it can verify requests signed with those credentials. */
export const secretFor = (accessKeyId: string) => `secret-of-${accessKeyId}`;

const roleName = (arn: string) => arn.split("/").pop() ?? arn;

/**
 * The fake services' behavior shared by the tests: STS refuses a request signed with unknown credentials or a bad
 * signature (403 `SignatureDoesNotMatch`), answers a role whose name contains `denied` with 403 `AccessDenied`, one
 * containing `malformed` with truncated XML, and otherwise issues `ASIA<ROLE>` keys (web identity keys also carry
 * the token, so a test sees which token was sent). SSO accepts the bearer tokens in `ssoTokens`, SSO-OIDC the refresh
 * token `refresh-<n>` (answering `refreshed-<n>`), sign-in any DPoP-proved refresh token.
 */
export function scenarioAnswer(fake: FakeAwsServices, ssoTokens: Set<string>): (request: ServiceRequest) => ServiceAnswer {
  return (request): ServiceAnswer => {
    if (request.service === "sts") {
      const { Action, RoleArn = "", WebIdentityToken } = request.form;
      if (Action === "AssumeRole" && !request.signature?.valid) {
        return { status: 403, headers: { "content-type": "text/xml" }, body: stsErrorXml("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.") };
      }
      if (RoleArn.includes("denied")) {
        return { status: 403, headers: { "content-type": "text/xml" }, body: stsErrorXml("AccessDenied", `User is not authorized to perform: sts:${Action} on resource: ${RoleArn}`) };
      }
      if (RoleArn.includes("malformed")) return { headers: { "content-type": "text/xml" }, body: `<${Action}Response><${Action}Result><Credentials><AccessKeyId>AS` };
      const accessKeyId = `ASIA${roleName(RoleArn).toUpperCase().replace(/[^A-Z0-9]/g, "")}${WebIdentityToken ? `-${WebIdentityToken.trim()}` : ""}`;
      fake.knownCredentials.set(accessKeyId, { accessKeyId, secretAccessKey: secretFor(accessKeyId), sessionToken: `token-of-${accessKeyId}` });
      const account = RoleArn.split(":")[4] ?? "";
      return {
        headers: { "content-type": "text/xml" },
        body: stsCredentialsXml(
          Action as "AssumeRole",
          { AccessKeyId: accessKeyId, SecretAccessKey: secretFor(accessKeyId), SessionToken: `token-of-${accessKeyId}`, Expiration: EXPIRATION.toISOString().replace(".000", "") },
          `arn:aws:sts::${account}:assumed-role/${roleName(RoleArn)}/${request.form.RoleSessionName}`,
        ),
      };
    }
    if (request.service === "sso") {
      const token = String(request.headers["x-amz-sso_bearer_token"] ?? "");
      if (!ssoTokens.has(token)) {
        return { status: 401, headers: { "x-amzn-errortype": "UnauthorizedException", "content-type": "application/json" }, body: '{"message":"Session token not found or invalid"}' };
      }
      const accessKeyId = `ASIASSO${request.query.role_name?.toUpperCase()}`;
      return {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ roleCredentials: { accessKeyId, secretAccessKey: secretFor(accessKeyId), sessionToken: `sso-${token}`, expiration: EXPIRATION.getTime() } }),
      };
    }
    if (request.service === "sso-oidc") {
      const { refreshToken, grantType } = request.json ?? {};
      const n = /^refresh-(.+)$/.exec(String(refreshToken))?.[1];
      if (grantType !== "refresh_token" || !n) {
        return { status: 400, headers: { "x-amzn-errortype": "InvalidGrantException", "content-type": "application/json" }, body: '{"error":"invalid_grant","error_description":"Invalid refresh token provided"}' };
      }
      ssoTokens.add(`refreshed-${n}`);
      return { headers: { "content-type": "application/json" }, body: JSON.stringify({ accessToken: `refreshed-${n}`, tokenType: "Bearer", expiresIn: 28800, refreshToken: `refresh-${n}-next` }) };
    }
    if (request.service === "signin") {
      const accessKeyId = "ASIALOGINREFRESHED";
      return {
        headers: { "content-type": "application/json" },
        // tokenOutput is the operation's HTTP payload: the body itself.
        body: JSON.stringify({ accessToken: { accessKeyId, secretAccessKey: secretFor(accessKeyId), sessionToken: "login-session" }, tokenType: "aws_sigv4", expiresIn: 900, refreshToken: "login-refresh-2" }),
      };
    }
    return { status: 404, body: "unknown" };
  };
}

/** Writes a cached SSO token for `id` (an sso_session name or a legacy start URL) into the home, as `aws sso login` does. */
export function writeSsoToken(home: TempAwsHome, id: string, token: Record<string, unknown>): string {
  const dir = join(home.home, ".aws", "sso", "cache");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash("sha1").update(id).digest("hex")}.json`);
  writeFileSync(path, JSON.stringify(token));
  return path;
}

/** Writes an `aws login` token cache entry for `session` (with a fresh P-256 DPoP key). */
export function writeLoginToken(home: TempAwsHome, session: string, expiresAt: Date, accessKeyId = "ASIALOGIN"): string {
  const dir = join(home.home, ".aws", "login", "cache");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash("sha256").update(session).digest("hex")}.json`);
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  writeFileSync(
    path,
    JSON.stringify({
      accessToken: { accessKeyId, secretAccessKey: secretFor(accessKeyId), sessionToken: "login-session", accountId: "123456789012", expiresAt: expiresAt.toISOString() },
      tokenType: "aws_sigv4",
      clientId: "arn:aws:signin:::devtools/same-device",
      refreshToken: "login-refresh-1",
      idToken: "id",
      dpopKey: privateKey.export({ format: "pem", type: "sec1" }),
    }),
  );
  return path;
}

/** A fresh temp home with `config` as `~/.aws/config`. */
export const homeWithConfig = (config: string[]): TempAwsHome => tempAwsHome({ config: `${config.join("\n")}\n` });
