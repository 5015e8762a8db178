import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the fake services received, decoded. */
export interface ServiceRequest {
  /** `sts`, `sso`, `sso-oidc` or `signin`, from the path and body. */
  service: "sts" | "sso" | "sso-oidc" | "signin" | "unknown";
  /** A leading `/case-<id>` path segment (an endpoint URL with that path), removed from `path`; lets a test tell callers apart. */
  caseId?: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** The STS Query-protocol form fields. */
  form: Record<string, string>;
  /** The JSON body of SSO-OIDC / signin calls. */
  json?: Record<string, unknown>;
  /** For a signed request: the access key it claims and whether its signature verifies with the known secret. */
  signature?: { accessKeyId: string; region: string; service: string; valid: boolean };
}

/** What a fake answers. */
export interface ServiceAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}

/** One loopback server playing STS, SSO portal, SSO-OIDC and sign-in, so `AWS_ENDPOINT_URL` points both SDKs at it. */
export interface FakeAwsServices {
  url: string;
  requests: ServiceRequest[];
  /** Decides each answer; replace per test. */
  answer: (request: ServiceRequest) => ServiceAnswer | Promise<ServiceAnswer>;
  /** Secrets of the source credentials the fake recognizes, by access key id, to verify AssumeRole signatures. */
  knownCredentials: Map<string, AwsCredentialIdentity>;
  close(): Promise<void>;
}

async function verify(request: ServiceRequest, known: Map<string, AwsCredentialIdentity>, host: string): Promise<ServiceRequest["signature"]> {
  const authorization = request.headers.authorization;
  if (typeof authorization !== "string") return undefined;
  const match = /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]+)/.exec(authorization);
  if (!match) return { accessKeyId: "", region: "", service: "", valid: false };
  const [, accessKeyId, , region, service, signedHeaders] = match as unknown as string[];
  const credentials = known.get(accessKeyId!);
  const amzDate = String(request.headers["x-amz-date"] ?? "");
  if (!credentials || !amzDate) return { accessKeyId: accessKeyId!, region: region!, service: service!, valid: false };
  const headers: Record<string, string> = {};
  for (const name of signedHeaders!.split(";")) headers[name] = name === "host" ? host : String(request.headers[name] ?? "");
  const signer = new SignatureV4({ credentials, region: region!, service: service!, sha256: Sha256, uriEscapePath: true, applyChecksum: false });
  const date = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, protocol: "http:", hostname: host, path: request.path, query: request.query, headers, body: request.body }),
    { signingDate: date },
  );
  return { accessKeyId: accessKeyId!, region: region!, service: service!, valid: signed.headers.authorization === authorization };
}

function classify(method: string, path: string, form: Record<string, string>): ServiceRequest["service"] {
  if (method === "POST" && form.Action) return "sts";
  if (path.startsWith("/federation/credentials")) return "sso";
  if (path === "/token") return "sso-oidc";
  if (path.startsWith("/v1/token")) return "signin";
  return "unknown";
}

/** Starts the fake services on 127.0.0.1 with a random port. The default answer is a 500 naming the request. */
export async function startFakeAwsServices(): Promise<FakeAwsServices> {
  const fake: FakeAwsServices = {
    url: "",
    requests: [],
    knownCredentials: new Map(),
    answer: (request) => ({ status: 500, body: `no answer set for ${request.service}` }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        const url = new URL(req.url ?? "/", "http://fake");
        const prefixed = /^\/case-([^/]+)(\/.*)?$/.exec(url.pathname);
        const body = Buffer.concat(chunks).toString();
        const isForm = String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
        const form = isForm ? Object.fromEntries(new URLSearchParams(body)) : {};
        let json: Record<string, unknown> | undefined;
        if (!isForm && body) json = JSON.parse(body) as Record<string, unknown>;
        const method = req.method ?? "";
        const path = prefixed ? (prefixed[2] ?? "/") : url.pathname;
        const request: ServiceRequest = {
          service: classify(method, path, form),
          ...(prefixed && { caseId: prefixed[1] }),
          method,
          path,
          query: Object.fromEntries(url.searchParams),
          headers: req.headers,
          body,
          form,
          ...(json && { json }),
        };
        request.signature = await verify({ ...request, path: url.pathname }, fake.knownCredentials, String(req.headers.host));
        fake.requests.push(request);
        const answer = await fake.answer(request);
        res.writeHead(answer.status ?? 200, answer.headers ?? {});
        res.end(answer.body);
      } catch (error) {
        res.writeHead(500);
        res.end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An STS `AssumeRole` / `AssumeRoleWithWebIdentity` success body, as STS sends it (docs.aws.amazon.com/STS/latest/APIReference). */
export function stsCredentialsXml(
  action: "AssumeRole" | "AssumeRoleWithWebIdentity",
  credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string },
  assumedRoleArn = "arn:aws:sts::123456789012:assumed-role/demo/session",
): string {
  const extra =
    action === "AssumeRoleWithWebIdentity"
      ? "<SubjectFromWebIdentityToken>system:serviceaccount:default:app</SubjectFromWebIdentityToken><Audience>sts.amazonaws.com</Audience><Provider>oidc.example.com</Provider>"
      : "";
  return `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <${action}Result>
    ${extra}
    <AssumedRoleUser>
      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:session</AssumedRoleId>
      <Arn>${escapeXml(assumedRoleArn)}</Arn>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>${escapeXml(credentials.AccessKeyId)}</AccessKeyId>
      <SecretAccessKey>${escapeXml(credentials.SecretAccessKey)}</SecretAccessKey>
      <SessionToken>${escapeXml(credentials.SessionToken)}</SessionToken>
      <Expiration>${credentials.Expiration}</Expiration>
    </Credentials>
    <PackedPolicySize>6</PackedPolicySize>
  </${action}Result>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</${action}Response>`;
}

/** An STS error body (Query protocol), e.g. `AccessDenied` with a 403. */
export function stsErrorXml(code: string, message: string, type = "Sender"): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>${type}</Type>
    <Code>${code}</Code>
    <Message>${escapeXml(message)}</Message>
  </Error>
  <RequestId>4f2e5c3a-1b2c-4d5e-8f90-123456789abc</RequestId>
</ErrorResponse>`;
}
