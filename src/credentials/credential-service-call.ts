import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";
import type { AwsCredentialIdentity, HandlerExecutionContext, HttpHandlerOptions, Logger, RequestHandler } from "@smithy/types";
import type { ConfigLoadOptions } from "../config/config-options.js";
import { resolveConfiguredEndpointUrl } from "../config/resolve-configured-endpoint-url.js";
import { resolveMaxAttempts } from "../config/resolve-max-attempts.js";
import { PACKAGE_NAME, PACKAGE_VERSION } from "../client/version.js";
import { NodeSha256 } from "../crypto/node-sha256.js";
import { NodeHttpHandler } from "../http/node-http-handler.js";
import { signingMiddleware } from "../middleware/signing-middleware.js";
import { collectBodyText } from "../protocol/collect-body.js";
import { responseMetadata } from "../protocol/response-metadata.js";
import { resolveRetryMode } from "../config/resolve-retry-mode.js";
import { resolveRetryStrategy } from "../retry/resolve-retry-strategy.js";
import { retryMiddleware } from "../retry/retry-middleware.js";

/** What the STS, SSO and sign-in calls of the credential chain share with the client that needs credentials. */
export interface CredentialServiceSettings extends ConfigLoadOptions {
  /**
   * Sends the requests: the client's own request handler when the chain runs for a client (as the SDK passes its
   * client's handler to STS), else a new `NodeHttpHandler`.
   */
  requestHandler?: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
  /** Receives retry trace messages. */
  logger?: Logger;
}

/** One call to a service the credential chain needs (STS, SSO portal, SSO-OIDC, sign-in). */
export interface CredentialServiceRequest<T> {
  /** The SDK's service id: the suffix of `AWS_ENDPOINT_URL_<ID>` and the key in a `[services]` section. */
  serviceId: "STS" | "SSO" | "SSO OIDC" | "Signin";
  /** The endpoint when none is configured (`AWS_ENDPOINT_URL_*`, `[services]`, `endpoint_url`). */
  defaultEndpoint: string;
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  /** SigV4-signs every attempt with these credentials (STS AssumeRole); the other calls are unsigned. */
  signWith?: { credentials: AwsCredentialIdentity; region: string; service: string };
  /** Changes each attempt's request just before it is sent (after signing), e.g. to add a DPoP proof. */
  finalize?: (request: HttpRequest) => void;
  /** Turns a 2xx answer into the result, or throws. */
  parseOutput: (text: string, response: HttpResponse) => T;
  /** Turns a non-2xx answer into the service's error (it gets `$metadata`, `$fault` and a hidden `$response`). */
  parseError: (text: string, response: HttpResponse) => Error;
}

const HINT = "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
let defaultHandler: NodeHttpHandler | undefined;

/**
 * Sends one credential-service request through this library's own request handler, retry strategy (`AWS_RETRY_MODE` /
 * `AWS_MAX_ATTEMPTS` and their profile keys, default standard with 3 attempts, as the SDK's nested clients) and SigV4 signer, the way the
 * SDK's nested STS/SSO clients do. Errors look like the SDK's: service errors carry `$metadata` (status, request id) and
 * `$fault`; an answer that cannot be parsed gets the SDK's `Deserialization error` hint. Both keep the raw response
 * as a hidden `$response`.
 *
 * @example
 * const credentials = await callCredentialService({ serviceId: "STS", defaultEndpoint: "https://sts.eu-west-1.amazonaws.com", ... }, settings);
 */
export async function callCredentialService<T>(call: CredentialServiceRequest<T>, settings: CredentialServiceSettings): Promise<T> {
  const configured = await resolveConfiguredEndpointUrl(settings, call.serviceId);
  const url = new URL(configured ?? call.defaultEndpoint);
  const basePath = url.pathname.replace(/\/$/, "");
  const request = new HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port && { port: Number(url.port) }),
    method: call.method,
    path: `${basePath}${call.path}`,
    query: call.query ?? {},
    headers: {
      ...call.headers,
      host: url.host,
      "user-agent": `${PACKAGE_NAME}/${PACKAGE_VERSION} ua/2.1 lang/js md/nodejs#${process.versions.node} api/${call.serviceId.toLowerCase().replace(/ /g, "-")}`,
      ...(call.body !== undefined && { "content-length": String(Buffer.byteLength(call.body)) }),
    },
    ...(call.body !== undefined && { body: call.body }),
  });
  const handler = settings.requestHandler ?? (defaultHandler ??= new NodeHttpHandler());
  const send = async ({ request: attempt }: { request: unknown }) => {
    call.finalize?.(attempt as HttpRequest);
    const { response } = await handler.handle(attempt as HttpRequest);
    const text = await collectBodyText(response.body);
    const $metadata = responseMetadata(response);
    const hide = (error: Error) => Object.defineProperty(error, "$response", { value: response, enumerable: false });
    if (response.statusCode < 200 || response.statusCode > 299) {
      const error = call.parseError(text, response) as Error & { $metadata?: unknown; $fault?: string };
      error.$metadata ??= $metadata;
      error.$fault ??= response.statusCode < 500 ? "client" : "server";
      throw hide(error);
    }
    try {
      return { response, output: { ...call.parseOutput(text, response), $metadata } };
    } catch (caught) {
      const error = caught as Error & { $metadata?: unknown };
      if (!("$metadata" in error)) {
        error.message += `\n  ${HINT}`;
        error.$metadata = $metadata;
      }
      throw hide(error);
    }
  };
  const context = { logger: settings.logger } as HandlerExecutionContext;
  const signed = call.signWith
    ? signingMiddleware({
        credentials: async () => call.signWith!.credentials,
        region: async () => call.signWith!.region,
        systemClockOffset: 0,
        disableClockSkewCorrection: async () => false,
        sha256: NodeSha256,
        signingName: call.signWith.service,
      })(send as never, context)
    : send;
  const maxAttempts = resolveMaxAttempts(undefined, settings);
  const retried = retryMiddleware({
    retryStrategy: resolveRetryStrategy({ maxAttempts, retryMode: resolveRetryMode(undefined, settings) }),
    maxAttempts,
    logger: settings.logger,
  })(signed as never, context);
  const { output } = (await retried({ input: {}, request })) as unknown as { output: T & { $metadata?: unknown } };
  delete output.$metadata;
  return output;
}
