import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { cacheSigningKey } from "./cache-signing-key.js";
import { redactRequestSecrets, requestSecrets } from "./redact-request-secrets.js";
import type {
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

const signers = new WeakMap<SigningConfig, SignatureV4>();
function signerFor(config: SigningConfig): SignatureV4 {
  let signer = signers.get(config);
  if (!signer) {
    signer = cacheSigningKey(
      new SignatureV4({
        credentials: config.credentials,
        region: config.region,
        service: config.signingName,
        sha256: config.sha256,
        uriEscapePath: true,
      }),
    );
    signers.set(config, signer);
  }
  return signer;
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
  (next) =>
  async (args) => {
    if (!HttpRequest.isInstance(args.request)) return next(args);
    const noSkewCorrection = (await config.disableClockSkewCorrection()) === true;
    const preRequestOffset = config.systemClockOffset;
    const sentAt = Date.now();
    const signed = await signerFor(config).sign(args.request, {
      signingDate: noSkewCorrection ? new Date() : new Date(Date.now() + config.systemClockOffset),
      signingRegion: await config.region(),
      signingService: config.signingName,
    });
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
