import { LambdaClient } from "../../src/client/lambda-client.js";
import { startLocalLambda, type LocalLambda, type LocalLambdaOptions } from "../../src/local/index.js";
import type { ApplyWaitOptions } from "../../src/apply/types.js";

/** Short transitions, so every apply really waits for Creating/Updating/Deleting to end, without making tests slow. */
export const TRANSITION_MS = 30;

/** Polls fast against the local service; the deadline is generous for a busy machine. */
export const FAST_WAIT: ApplyWaitOptions = { minDelay: 0.01, maxDelay: 0.05, maxWaitTime: 60 };

/** Starts the local service on an ephemeral port. */
export function startLocal(options: LocalLambdaOptions = {}): Promise<LocalLambda> {
  return startLocalLambda({ transitionDelayMs: TRANSITION_MS, ...options });
}

/** A client of this library for the local service. */
export function clientFor(local: LocalLambda, config: ConstructorParameters<typeof LambdaClient>[0] = {}): LambdaClient {
  return new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials, ...config });
}

export const ACCOUNT = "123456789012";
export const sqs = (name: string): string => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
export const kinesis = (name: string): string => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;
export const msk = (name: string): string => `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/${name}/abcd1234-ab12-cd34-ef56-abcdef123456-1`;
