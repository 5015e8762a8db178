/**
 * One injected fault: `throttle` answers 429 `TooManyRequestsException`, `server-error` 500
 * `ServiceException`, `unavailable` 503 `ServiceUnavailableException`, and `reset` destroys the
 * connection without answering. `store-then-timeout` carries the request out (and stores the change)
 * but never answers, so the client's `requestTimeout` fires and it retries a request that already
 * took effect, as when an answer is lost on the way back. `none` (in a script) lets the request through.
 */
export type FaultKind = "throttle" | "server-error" | "unavailable" | "reset" | "store-then-timeout" | "none";

/** Fault injection settings, for testing a client's retries against realistic failures. */
export interface FaultOptions {
  /** Faults for the next requests, in order, one per request; once used up, `rate` applies. @default [] */
  script?: readonly FaultKind[];
  /** Probability (0..1) that a request not covered by the script gets a fault. @default 0 */
  rate?: number;
  /** Kinds `rate` picks from, uniformly. @default ["throttle", "server-error", "reset"] */
  kinds?: readonly Exclude<FaultKind, "none">[];
  /** Only requests for these operations (e.g. `"GetEventSourceMapping"`) get faults. @default every operation */
  operations?: readonly string[];
  /** Seed for the `rate` dice, so a run can be repeated exactly. @default random */
  seed?: number;
  /** Adds a `Retry-After` header (seconds) to throttling answers. @default no header */
  retryAfterSeconds?: number;
}

/** Decides, request by request, which fault (if any) to inject. @internal */
export interface FaultInjector {
  next(operation: string): Exclude<FaultKind, "none"> | undefined;
  retryAfterSeconds?: number;
}

const DEFAULT_KINDS = ["throttle", "server-error", "reset"] as const;

/** mulberry32: a tiny seedable PRNG, so a seeded fault run is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the injector for a set of {@link FaultOptions}. @internal */
export function createFaultInjector(options: FaultOptions = {}): FaultInjector {
  const script = [...(options.script ?? [])];
  const rate = options.rate ?? 0;
  if (!(rate >= 0 && rate <= 1)) throw new Error("faults.rate must be between 0 and 1");
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : DEFAULT_KINDS;
  const random = options.seed === undefined ? Math.random : prng(options.seed);
  const operations = options.operations ? new Set(options.operations) : undefined;
  return {
    retryAfterSeconds: options.retryAfterSeconds,
    next(operation) {
      if (operations && !operations.has(operation)) return undefined;
      if (script.length > 0) {
        const kind = script.shift()!;
        return kind === "none" ? undefined : kind;
      }
      if (rate > 0 && random() < rate) return kinds[Math.floor(random() * kinds.length)];
      return undefined;
    },
  };
}
