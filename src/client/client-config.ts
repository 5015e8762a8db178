import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  ChecksumConstructor,
  HashConstructor,
  Endpoint,
  EndpointV2,
  HttpHandlerOptions,
  Logger,
  Provider,
  RequestHandler,
  RetryStrategy,
  RetryStrategyV2,
  UserAgent,
} from "@smithy/types";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { NodeHttpHandlerOptions } from "../http/node-http-handler.js";

/** Anything with the SDK's `handle(request, options)` contract, e.g. `NodeHttpHandler` from `@smithy/node-http-handler`. */
export type LambdaRequestHandler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

/**
 * Options of {@link LambdaClient}: the SDK's names and meanings. Every option is optional;
 * what is not given comes from the environment and the shared config files as the SDK resolves it.
 */
export interface LambdaClientConfig {
  /** AWS region, e.g. `"us-east-1"`. @default `AWS_REGION`, then the profile's `region` */
  region?: string | Provider<string>;
  /** Credentials or an async provider of them (any `@aws-sdk/credential-providers` provider works). @default the default credential chain */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /**
   * Asked for the current code of an MFA device when the default chain assumes a role from a profile with
   * `mfa_serial` (the SDK's `mfaCodeProvider` of `fromIni`). Without it such a profile fails with an error saying so.
   * @default none
   */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
  /** Name of the shared-config profile to read settings and credentials from. @default `AWS_PROFILE`, then `"default"` */
  profile?: string;
  /** A custom endpoint: a URL string, `URL`, smithy `Endpoint`, or a provider of one; a path prefix is kept. @default the regional endpoint */
  endpoint?: string | URL | Endpoint | Provider<Endpoint> | EndpointV2 | Provider<EndpointV2>;
  /** Total attempts per command, the first included. @default 3 (or `AWS_MAX_ATTEMPTS` / `max_attempts`) */
  maxAttempts?: number | Provider<number>;
  /** `"standard"` or `"adaptive"` (client-side rate limiting). @default "standard" (or `AWS_RETRY_MODE` / `retry_mode`) */
  retryMode?: string | Provider<string>;
  /** A custom retry strategy (`RetryStrategyV2`, or a legacy object with `retry()`); overrides `retryMode`. */
  retryStrategy?: RetryStrategy | RetryStrategyV2;
  /** A request handler object with `handle()`, or options for the default Node handler. @default keep-alive `http`/`https` */
  requestHandler?: LambdaRequestHandler | NodeHttpHandlerOptions;
  /** Receives `info` per command and `error` per failure; credentials and headers are never logged. @default no logging */
  logger?: Logger;
  /** Milliseconds to add to the local clock when signing; corrected automatically from responses. @default 0 */
  systemClockOffset?: number;
  /** Turns off learning the clock offset from responses. @default false */
  disableClockSkewCorrection?: boolean | Provider<boolean>;
  /** Extra user-agent sections, e.g. `"my-app/1.2"` or `[["my-app", "1.2"]]`. */
  customUserAgent?: string | UserAgent;
  /** An application id appended to the user agent as `app/<id>`. @default `AWS_SDK_UA_APP_ID` */
  userAgentAppId?: string | Provider<string | undefined>;
  /** Use the FIPS endpoint. @default false (or `AWS_USE_FIPS_ENDPOINT` / `use_fips_endpoint`) */
  useFipsEndpoint?: boolean | Provider<boolean>;
  /** Use the dual-stack (IPv6) endpoint. @default false (or `AWS_USE_DUALSTACK_ENDPOINT` / `use_dualstack_endpoint`) */
  useDualstackEndpoint?: boolean | Provider<boolean>;
  /** Reuse the resolved middleware handler per command class when `send()` gets no options. @default false */
  cacheMiddleware?: boolean;
  /** Check every input against the model's constraints before sending (this library's addition). @default true */
  validateInput?: boolean;
  /** SHA-256 implementation for signing. @default Node's native crypto */
  sha256?: ChecksumConstructor | HashConstructor;
}

/** The client's configuration after resolution: every setting is a value or an async provider, as in the SDK. */
export interface LambdaClientResolvedConfig {
  /** The region, resolved from the option, `AWS_REGION` or the profile. */
  region: Provider<string>;
  /** Credentials as a memoized async provider (static keys are wrapped in one). */
  credentials: AwsCredentialIdentityProvider;
  /** The shared-config profile settings were read from, when one was given. */
  profile?: string;
  /** The endpoint given as `endpoint`, as a provider; absent when the regional endpoint is used. */
  endpoint?: Provider<Endpoint>;
  /** An endpoint from `AWS_ENDPOINT_URL_LAMBDA`, `AWS_ENDPOINT_URL` or the profile, used when `endpoint` is not set. */
  configuredEndpoint?: Provider<Endpoint | undefined>;
  /** True when `endpoint` was given in code. */
  isCustomEndpoint: boolean;
  /** True when `credentials` came from the caller's code rather than the default chain. */
  credentialsInCode: boolean;
  /** Kept for the SDK's config shape (always `true`): the endpoint's own protocol decides. */
  tls: boolean;
  /** Total attempts per command, the first included. */
  maxAttempts: Provider<number>;
  /** `"standard"` or `"adaptive"`. */
  retryMode: string | Provider<string>;
  /** The retry strategy every command uses, built once from `retryMode` and `maxAttempts` unless one was given. */
  retryStrategy: Provider<RetryStrategyV2 | RetryStrategy>;
  /** The request handler every attempt goes through. */
  requestHandler: LambdaRequestHandler;
  /** The logger (a no-op logger when none was given). */
  logger: Logger;
  /** Milliseconds added to the local clock when signing; updated from responses unless correction is off. */
  systemClockOffset: number;
  /** Whether the clock offset is kept as given rather than learned from responses. */
  disableClockSkewCorrection: Provider<boolean>;
  /** Extra user-agent sections, as `[name, version]` pairs. */
  customUserAgent?: UserAgent;
  /** The application id appended to the user agent as `app/<id>`. */
  userAgentAppId: Provider<string | undefined>;
  /** Whether the FIPS endpoint is used. */
  useFipsEndpoint: Provider<boolean>;
  /** Whether the dual-stack (IPv6) endpoint is used. */
  useDualstackEndpoint: Provider<boolean>;
  /** Whether the resolved middleware handler is reused per command class. */
  cacheMiddleware?: boolean;
  /** Whether inputs are checked against the model before sending. */
  validateInput: boolean;
  /** The SHA-256 implementation used for signing. */
  sha256: ChecksumConstructor | HashConstructor;
  /** The service API version of the model, `"2015-03-31"`. */
  apiVersion: string;
  /** The service id, `"Lambda"`, as the SDK names it. */
  serviceId: string;
  /** The SigV4 signing name, `"lambda"`. */
  signingName: string;
  /** The SDK's `runtime` setting, `"node"`. */
  runtime: string;
}
