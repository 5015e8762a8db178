import { stoppableSleep, type StopSignal } from "./stop-signals.js";
import { isThrottlingError, type ClassifiableError } from "./classify-error.js";

/** Tuning of {@link DefaultRateLimiter}; the defaults are the SDK's. */
export interface DefaultRateLimiterOptions {
  /** Multiplicative decrease on throttling. @default 0.7 */
  beta?: number;
  /** Smallest bucket capacity, in tokens. @default 1 */
  minCapacity?: number;
  /** Smallest fill rate, in tokens per second. @default 0.5 */
  minFillRate?: number;
  /** CUBIC scale constant. @default 0.4 */
  scaleConstant?: number;
  /** Weight of the newest measurement of the send rate. @default 0.8 */
  smooth?: number;
}

const now = (): number => Date.now() / 1000;
const precise = (n: number): number => parseFloat(n.toFixed(8));

/**
 * The SDK's client-side CUBIC rate limiter used by adaptive retry: its token bucket stays off until the first
 * throttling error, then every attempt takes one token and waits for it. Its fields have the SDK's names and values.
 */
export class DefaultRateLimiter {
  // Assigned in the constructor; `declare` keeps them out of the emitted class body.
  private declare readonly beta: number;
  private declare readonly minCapacity: number;
  private declare readonly minFillRate: number;
  private declare readonly scaleConstant: number;
  private declare readonly smooth: number;
  private declare fillRate: number;
  private declare maxCapacity: number;
  private enabled = false;
  private availableTokens = 0;
  private lastMaxRate = 0;
  private measuredTxRate = 0;
  private requestCount = 0;
  private lastThrottleTime = now();
  private lastTimestamp = 0;
  private lastTxRateBucket = Math.floor(now());
  private timeWindow = 0;

  constructor(options?: DefaultRateLimiterOptions) {
    this.beta = options?.beta ?? 0.7;
    this.minCapacity = this.maxCapacity = options?.minCapacity ?? 1;
    this.minFillRate = this.fillRate = options?.minFillRate ?? 0.5;
    this.scaleConstant = options?.scaleConstant ?? 0.4;
    this.smooth = options?.smooth ?? 0.8;
  }

  /** Waits until the bucket (when enabled) holds a token, then takes it; stops waiting when one of `signals` aborts. */
  async getSendToken(signals?: StopSignal[]): Promise<void> {
    if (!this.enabled) return;
    this.refill();
    while (this.availableTokens < 1) {
      await stoppableSleep(((1 - this.availableTokens) / this.fillRate) * 1000, signals);
      this.refill();
    }
    this.availableTokens -= 1;
  }

  /** Updates the sending rate from an attempt's outcome: a retry error info, or `{}` for a success. */
  updateClientSendingRate(response: { errorType?: string; error?: unknown }): void {
    const bucket = Math.floor(now() * 2) / 2;
    this.requestCount++;
    if (bucket > this.lastTxRateBucket) {
      const currentRate = this.requestCount / (bucket - this.lastTxRateBucket);
      this.measuredTxRate = precise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth));
      this.requestCount = 0;
      this.lastTxRateBucket = bucket;
    }
    const throttled = response?.errorType === "THROTTLING" || isThrottlingError((response?.error ?? response) as ClassifiableError);
    if (throttled) this.lastMaxRate = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
    this.timeWindow = precise(Math.pow((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant, 1 / 3));
    let rate: number;
    if (throttled) {
      this.lastThrottleTime = now();
      rate = precise(this.lastMaxRate * this.beta);
      this.enabled = true;
    } else {
      rate = precise(this.scaleConstant * Math.pow(now() - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
    }
    const newRate = Math.min(rate, 2 * this.measuredTxRate);
    this.refill();
    this.fillRate = Math.max(newRate, this.minFillRate);
    this.maxCapacity = Math.max(newRate, this.minCapacity);
    this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
  }

  private refill(): void {
    const timestamp = now();
    if (this.lastTimestamp) {
      this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + (timestamp - this.lastTimestamp) * this.fillRate);
    }
    this.lastTimestamp = timestamp;
  }
}
