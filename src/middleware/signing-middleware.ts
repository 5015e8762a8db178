import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { createRequestSigner, type RequestSigner } from "../signing/sign-request.js";
import { redactRequestSecrets, requestSecrets } from "./redact-request-secrets.js";
import { smithyContext } from "./smithy-context.js";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  ChecksumConstructor,
  HashConstructor,
  FinalizeRequestHandlerOptions,
  FinalizeRequestMiddleware,
  Pluggable,
  Provider,
  RelativeMiddlewareOptions,
} from "@smithy/types";

/** What signing reads from (and writes to: `systemClockOffset`) the resolved client config. */
export interface SigningConfig {
  credentials: AwsCredentialIdentityProvider;
  region: Provider<string>;
  /** Milliseconds added to the local clock when signing; corrected from the service's `Date` header. */
  systemClockOffset: number;
  disableClockSkewCorrection: Provider<boolean>;
  sha256: ChecksumConstructor | HashConstructor;
  signingName: string;
}

/** A clock difference this large marks an error as caused by skew, which makes it retryable. */
const SKEW_THRESHOLD_MS = 240_000;
/** A sample from a response that took longer than this is not trusted. */
const MAX_SAMPLE_ROUND_TRIP_MS = 900_000;

const signers = new WeakMap<SigningConfig, { sha256: SigningConfig["sha256"]; signer: RequestSigner }>();
function signerFor(config: SigningConfig): RequestSigner {
  let entry = signers.get(config);
  if (entry?.sha256 !== config.sha256) {
    entry = { sha256: config.sha256, signer: createRequestSigner(config.sha256) };
    signers.set(config, entry);
  }
  return entry.signer;
}

function headerOf(response: unknown, name: string): string | undefined {
  if (!HttpResponse.isInstance(response)) return undefined;
  const headers = response.headers ?? {};
  return headers[name] ?? headers[name[0]!.toUpperCase() + name.slice(1)];
}

/** The SDK's `getUpdatedSystemClockOffset`: server time minus now, unless the sample is not trustworthy. */
function updatedOffset(serverDate: string, current: number, sentAt: number, age: string | undefined): number {
  if (age !== undefined) return current;
  const serverTime = Date.parse(serverDate);
  if (Number.isNaN(serverTime)) return current;
  const now = Date.now();
  if (now - sentAt > MAX_SAMPLE_ROUND_TRIP_MS) return current;
  return serverTime - now;
}

/**
 * Signs every attempt with SigV4 (fresh `x-amz-date`, session token when present) using the
 * skew-corrected clock, then learns the clock offset from the response's `Date` header. On an
 * error whose server time is ≥ 4 minutes off, it flags `$metadata.clockSkewCorrected` so the retry
 * strategy retries it with the corrected clock — the SDK's behavior. Unlike the SDK, an error that comes back has
 * the request's Authorization header, signature, access key id and security token replaced by `[redacted]` wherever
 * a server echoed them (see `redactRequestSecrets`).
 */
export const signingMiddleware =
  (config: SigningConfig): FinalizeRequestMiddleware<object, object> =>
  (next, context) =>
  async (args) => {
    if (!HttpRequest.isInstance(args.request)) return next(args);
    const noSkewCorrection = (await config.disableClockSkewCorrection()) === true;
    const preRequestOffset = config.systemClockOffset;
    const sentAt = Date.now();
    // The identity the auth middleware resolved for this send, as the SDK's signer uses it (every attempt alike).
    const identity = (smithyContext(context).selectedHttpAuthScheme?.identity as AwsCredentialIdentity | undefined) ?? (await config.credentials());
    const pending = signerFor(config).sign(args.request, {
      credentials: identity,
      region: await config.region(),
      service: config.signingName,
      date: noSkewCorrection ? new Date() : new Date(Date.now() + config.systemClockOffset),
    });
    const signed = pending instanceof Promise ? await pending : pending;
    try {
      const result = await next({ ...args, request: signed });
      const date = headerOf(result.response, "date");
      if (date && !noSkewCorrection) {
        config.systemClockOffset = updatedOffset(date, config.systemClockOffset, sentAt, headerOf(result.response, "age"));
      }
      return result;
    } catch (caught) {
      const error = caught as { ServerTime?: string; $response?: unknown; $metadata?: { clockSkewCorrected?: boolean } };
      const serverTime = error?.ServerTime ?? headerOf(error?.$response, "date");
      if (serverTime && !noSkewCorrection) {
        const offset = updatedOffset(serverTime, config.systemClockOffset, sentAt, headerOf(error.$response, "age"));
        config.systemClockOffset = offset;
        if (Math.abs(offset) >= SKEW_THRESHOLD_MS && offset !== preRequestOffset && error.$metadata) {
          error.$metadata.clockSkewCorrected = true;
        }
      }
      // A server may echo what it was sent (the Authorization header, the token): none of it may reach logs or stacks.
      redactRequestSecrets(caught, requestSecrets(signed));
      throw caught;
    }
  };

/** Step and name of {@link signingMiddleware}: the SDK's `httpSigningMiddleware`, right after retry. */
export const signingMiddlewareOptions: FinalizeRequestHandlerOptions & RelativeMiddlewareOptions = {
  step: "finalizeRequest",
  tags: ["HTTP_SIGNING"],
  name: "httpSigningMiddleware",
  aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
  override: true,
  relation: "after",
  toMiddleware: "retryMiddleware",
};

/** Adds {@link signingMiddleware} to a stack. */
export const getSigningPlugin = (config: SigningConfig): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.addRelativeTo(signingMiddleware(config), signingMiddlewareOptions),
});
