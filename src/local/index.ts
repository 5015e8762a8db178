/**
 * The local event source mapping service: `startLocalLambda()` serves the five operations over loopback HTTP with
 * the real service's answers, states and errors, for tests and offline scripts (no Docker, no AWS account).
 *
 * @packageDocumentation
 * @module lambda-event-source-mappings/local
 */
// Entry point of `lambda-event-source-mappings/local`: the local event source mapping service.
export { startLocalLambda } from "./start-local-lambda.js";
export type { LocalCredential, LocalLambda, LocalLambdaOptions } from "./options.js";
export type { FaultKind, FaultOptions } from "./faults.js";
