import { ServiceException } from "@smithy/smithy-client";
import type { AwsCredentialIdentity } from "@smithy/types";
import { getPartition } from "../endpoints/get-partition.js";
import { escapeUri } from "../protocol/encode-uri.js";
import { callCredentialService, type CredentialServiceSettings } from "./credential-service-call.js";
import type { SourcedCredentials } from "./credential-source.js";
import { parseXml, type XmlValue } from "./parse-xml.js";
import { loadNamedSetting } from "../config/load-named-setting.js";
import { parseBoolean } from "../config/parse-boolean.js";

/** Settings of an STS call: the region picks the regional endpoint and the signing scope. */
export interface StsSettings extends CredentialServiceSettings {
  region: string;
}

/** The parameters of `AssumeRole` / `AssumeRoleWithWebIdentity` the credential chain sends, in the model's order. */
export type StsParams = Record<string, string | number | undefined>;


const child = (value: XmlValue | undefined, key: string): XmlValue | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? value[key] : undefined;
const text = (value: XmlValue | undefined): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * The STS endpoint the SDK's STS client picks for a region (its endpoint rules with `UseGlobalEndpoint` false, the
 * SDK v3 default): `https://sts.{region}.{dnsSuffix}`; `sts-fips.` with `AWS_USE_FIPS_ENDPOINT` / `use_fips_endpoint`
 * (`sts.{region}.amazonaws.com` in GovCloud); the dual-stack suffix with `AWS_USE_DUALSTACK_ENDPOINT`; `aws-global`
 * is `https://sts.amazonaws.com`.
 *
 * @example
 * await stsEndpoint("eu-west-1", { env: {} }); // "https://sts.eu-west-1.amazonaws.com"
 */
export async function stsEndpoint(region: string, settings: CredentialServiceSettings): Promise<string> {
  if (region === "aws-global") return "https://sts.amazonaws.com";
  const fips = await loadNamedSetting("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", parseBoolean, () => false, settings)();
  const dualStack = await loadNamedSetting("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", parseBoolean, () => false, settings)();
  const { name, dnsSuffix, dualStackDnsSuffix } = getPartition(region);
  const suffix = dualStack ? dualStackDnsSuffix : dnsSuffix;
  if (fips && !dualStack && name === "aws-us-gov") return `https://sts.${region}.amazonaws.com`;
  return `https://sts${fips ? "-fips" : ""}.${region}.${suffix}`;
}

/** An STS error answer (Query protocol XML) as the SDK reports it: named by `Code`, with `Message` as the message. */
function stsError(body: string, status: number): Error {
  let parsed: XmlValue | undefined;
  try {
    parsed = parseXml(body);
  } catch {
    parsed = undefined;
  }
  const error = child(child(parsed, "ErrorResponse"), "Error") ?? child(parsed, "Error");
  const code = text(child(error, "Code")) ?? "Unknown";
  const exception = new ServiceException({
    name: code,
    $fault: text(child(error, "Type")) === "Receiver" || status >= 500 ? "server" : "client",
    $metadata: {},
    message: text(child(error, "Message")) ?? "Unknown",
  });
  const requestId = text(child(child(parsed, "ErrorResponse"), "RequestId"));
  return Object.assign(exception, { $metadata: { httpStatusCode: status, ...(requestId && { requestId }) }, Type: text(child(error, "Type")), Code: code });
}

/**
 * Calls STS `AssumeRole` (signed with `source`) or `AssumeRoleWithWebIdentity` (unsigned) as an `application/x-www-form-urlencoded`
 * Query-protocol POST, and returns the temporary credentials the way the SDK's role assumers do: `accountId` from the
 * assumed role's ARN, `credentialScope` when given, and the SDK's `$source` feature letters (`i`; `k`, plus `T` when
 * the account is known). A response without credentials throws the SDK's `Invalid response from STS.assumeRole… call
 * with role …`; a malformed body throws the SDK's XML parser error.
 *
 * @example
 * await stsAssumeRole("AssumeRoleWithWebIdentity", { RoleArn, RoleSessionName, WebIdentityToken }, undefined, { region: "eu-west-1" });
 */
export async function stsAssumeRole(
  action: "AssumeRole" | "AssumeRoleWithWebIdentity",
  params: StsParams,
  source: AwsCredentialIdentity | undefined,
  settings: StsSettings,
): Promise<SourcedCredentials> {
  const fields = Object.entries({ Action: action, Version: "2011-06-15", ...params }).filter(([, v]) => v !== undefined);
  const result = await callCredentialService(
    {
      serviceId: "STS",
      defaultEndpoint: await stsEndpoint(settings.region, settings),
      method: "POST",
      path: "/",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: fields.map(([k, v]) => `${escapeUri(k)}=${escapeUri(String(v))}`).join("&"),
      ...(source && { signWith: { credentials: source, region: settings.region === "aws-global" ? "us-east-1" : settings.region, service: "sts" } }),
      parseOutput: (body) => ({ xml: child(child(parseXml(body), `${action}Response`), `${action}Result`) }),
      parseError: (body, response) => stsError(body, response.statusCode),
    },
    settings,
  );
  const credentials = child(result.xml, "Credentials");
  const [accessKeyId, secretAccessKey, sessionToken, expiration, credentialScope] = [
    "AccessKeyId",
    "SecretAccessKey",
    "SessionToken",
    "Expiration",
    "CredentialScope",
  ].map((key) => text(child(credentials, key)));
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(`Invalid response from STS.${action === "AssumeRole" ? "assumeRole" : "assumeRoleWithWebIdentity"} call with role ${params.RoleArn}`);
  }
  const arnParts = text(child(child(result.xml, "AssumedRoleUser"), "Arn"))?.split(":");
  const accountId = arnParts && arnParts.length > 4 && arnParts[4] !== "" ? arnParts[4] : undefined;
  const $source: Record<string, string> =
    action === "AssumeRole" ? { CREDENTIALS_STS_ASSUME_ROLE: "i" } : { ...(accountId && { RESOLVED_ACCOUNT_ID: "T" }), CREDENTIALS_STS_ASSUME_ROLE_WEB_ID: "k" };
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken,
    ...(expiration !== undefined && { expiration: new Date(expiration) }),
    ...(credentialScope && { credentialScope }),
    ...(accountId && { accountId }),
    $source,
  } as SourcedCredentials;
}
