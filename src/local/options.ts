import { compileOriginPatterns, DEFAULT_ALLOWED_ORIGINS, type OriginPattern } from "./cors.js";
import type { FaultOptions } from "./faults.js";

/** One access key pair the local service accepts. */
export interface LocalCredential {
  /** The access key id clients sign with. */
  accessKeyId: string;
  /** The secret the signature is checked against. */
  secretAccessKey: string;
  /** When set, requests signed with this key must carry exactly this `x-amz-security-token`. */
  sessionToken?: string;
}

/** Options of {@link startLocalLambda}; every one is optional. */
export interface LocalLambdaOptions {
  /** TCP port to listen on; `0` picks a free ephemeral port. @default 0 */
  port?: number;
  /** Interface to bind. @default "127.0.0.1" */
  host?: string;
  /** Region the service pretends to be in: used in ARNs and required in the SigV4 credential scope. @default "us-east-1" */
  region?: string;
  /** Account id used in ARNs built from plain function names. @default "123456789012" */
  accountId?: string;
  /** Key pairs accepted for SigV4. @default `{ accessKeyId: "test", secretAccessKey: "test" }` */
  credentials?: LocalCredential | readonly LocalCredential[];
  /** `"off"` accepts unsigned requests and skips signature checks. @default "sigv4" */
  auth?: "sigv4" | "off";
  /**
   * File to persist mappings in: a snapshot at this path plus an append-only journal beside it (`<dataFile>.journal`),
   * each change fsynced before it is acknowledged; in memory when absent. A data file of earlier versions (one JSON
   * document) is read and converted.
   */
  dataFile?: string;
  /** How long the transitional states (Creating, Enabling, Updating, Disabling, Deleting) last, in ms. @default 0 */
  transitionDelayMs?: number;
  /** Functions that exist (names or ARNs, unqualified); Create and Update naming another get the service's 400 `InvalidParameterValueException` "Function does not exist". @default every function exists */
  functions?: readonly string[];
  /** Throttling, 5xx and connection resets to inject, by rate or script. @default no faults */
  faults?: FaultOptions;
  /** Largest number of filters in one `FilterCriteria` (Lambda's quota). @default 5 */
  maxFilters?: number;
  /** Largest request body accepted, in bytes; bigger ones get 413 `RequestEntityTooLargeException`. @default 262144 */
  maxBodyBytes?: number;
  /**
   * Extra `Host` names to answer while listening on loopback (e.g. an `/etc/hosts` alias). Requests naming any other
   * host are refused with 403 `InvalidHostException`: they can only come from DNS rebinding. Ignored when `host` is
   * not a loopback address. @default [] (localhost, *.localhost, 127.0.0.0/8 and [::1] are always accepted)
   */
  allowedHosts?: readonly string[];
  /**
   * Origins whose web pages may call the service (CORS). An entry is an origin such as `"https://app.example:8443"`,
   * with `*` as the port for any port, `"null"` for `file:` pages, or `"*"` for every origin. A request carrying any
   * other `Origin` is refused with 403 `InvalidOriginException`; requests without `Origin` (every non-browser client)
   * are not affected. Giving the option replaces the default list.
   * @default ["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"] and the same over https
   */
  allowedOrigins?: readonly string[];
}

/** The running service returned by {@link startLocalLambda}. */
export interface LocalLambda {
  /** Base URL to give a client as `endpoint`, e.g. `http://127.0.0.1:49152`. */
  readonly endpoint: string;
  /** The port actually bound. */
  readonly port: number;
  /** The region clients must sign for. */
  readonly region: string;
  /** The first accepted key pair, handy for building a client. */
  readonly credentials: LocalCredential;
  /** Replaces the fault injection settings (pass nothing to stop injecting faults). */
  setFaults(faults?: FaultOptions): void;
  /** Stops accepting requests, finishes in-flight ones and pending writes; resolves when every socket is closed. */
  close(): Promise<void>;
}

/** Options with every default filled in. @internal */
export interface ResolvedLocalOptions {
  port: number;
  host: string;
  region: string;
  accountId: string;
  credentials: readonly LocalCredential[];
  auth: "sigv4" | "off";
  dataFile?: string;
  transitionDelayMs: number;
  functions?: readonly string[];
  maxFilters: number;
  maxBodyBytes: number;
  allowedHosts: readonly string[];
  allowedOrigins: readonly OriginPattern[];
}

/** Lambda's limit on request bodies for these operations is far larger; 256 KiB keeps a runaway test cheap. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Fills in defaults and rejects option values that cannot work. @internal */
export function resolveLocalOptions(options: LocalLambdaOptions): ResolvedLocalOptions {
  const credentials = options.credentials === undefined ? [{ accessKeyId: "test", secretAccessKey: "test" }] : [options.credentials].flat();
  if (credentials.length === 0) throw new Error("startLocalLambda: `credentials` must list at least one key pair (or use auth: 'off')");
  const accountId = options.accountId ?? "123456789012";
  if (!/^\d{12}$/.test(accountId)) throw new Error(`startLocalLambda: accountId must be 12 digits, got "${accountId}"`);
  const transitionDelayMs = options.transitionDelayMs ?? 0;
  if (!(transitionDelayMs >= 0)) throw new Error("startLocalLambda: transitionDelayMs must be >= 0");
  return {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    region: options.region ?? "us-east-1",
    accountId,
    credentials,
    auth: options.auth ?? "sigv4",
    dataFile: options.dataFile,
    transitionDelayMs,
    functions: options.functions,
    maxFilters: options.maxFilters ?? 5,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    allowedHosts: options.allowedHosts ?? [],
    allowedOrigins: compileOriginPatterns(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS),
  };
}
